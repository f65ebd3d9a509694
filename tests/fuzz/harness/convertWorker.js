/**
 * A worker thread that converts sources with the TypeScript sources of the
 * converter (transpiled on require), so that the fuzz tests can bound the
 * time of each conversion: a conversion that does not finish in time is
 * stopped by terminating this worker.
 */
const { parentPort } = require('worker_threads');
require('./tsRequire');

const { convertWithEdits } = require('../../../src/converter/ast/convert');
const { nodePythonParser } = require('../../../src/node/assets');

const parserReady = nodePythonParser();

parentPort.on('message', async ({ id, source, options }) => {
  const parser = await parserReady;
  if (source === undefined) {
    parentPort.postMessage({ id, ready: true });
    return;
  }
  const start = process.hrtime.bigint();
  try {
    const conversion = convertWithEdits(parser, source, options);
    parentPort.postMessage({ id, conversion, ms: Number(process.hrtime.bigint() - start) / 1e6 });
  } catch (error) {
    parentPort.postMessage({ id, thrown: String((error && error.stack) || error), ms: Number(process.hrtime.bigint() - start) / 1e6 });
  }
});
