/**
 * A child process that converts ONNX bytes with graph mode (the TypeScript
 * sources) and reports how it ended: a conversion, a GraphError, or any
 * other exception, with the time taken and the process's peak RSS (maxRSS
 * only grows: an allocation sized by a lying header shows up in it).
 */
require('./tsRequire');
const { convertOnnx, GraphError } = require('../../../src/converter');

process.on('message', ({ id, bytes }) => {
  if (bytes === undefined) {
    process.send({ id, ready: true, rssMB: process.resourceUsage().maxRSS / 1024 });
    return;
  }
  const start = process.hrtime.bigint();
  const reply = { id };
  try {
    const result = convertOnnx(Uint8Array.from(bytes));
    reply.outcome = typeof result.code === 'string' && result.checkpoint instanceof Uint8Array && Array.isArray(result.report.entries) ? 'converted' : 'malformed';
    reply.placeholders = result.placeholders;
  } catch (error) {
    reply.outcome = error instanceof GraphError ? 'graph-error' : 'exception';
    reply.message = error instanceof GraphError ? error.message : String((error && error.stack) || error);
  }
  reply.ms = Number(process.hrtime.bigint() - start) / 1e6;
  reply.rssMB = process.resourceUsage().maxRSS / 1024;
  process.send(reply);
});
