#!/usr/bin/env node
/**
 * AST mode over a directory of PyTorch files (default ../shared/corpus/files),
 * in one process: the conversion rate over torch call sites (calls of an API
 * resolved to a torch name, or of a mapped tensor/module method matched by
 * name, converted / all), and the throughput in source lines per second
 * (measured by bench/ast.js). Runs the built
 * converter (npm run build).
 *
 *   node bench/ast-corpus.js [DIR] [--rounds N] [--target classic|mint]
 */
const { readdirSync, readFileSync } = require('fs');
const { join, resolve } = require('path');
const { convertSource } = require('../lib/converter');
const { nodePythonParser } = require('../lib/node/assets');
const { benchAst } = require('./ast');

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : fallback;
}

/** Whether the report entry points at the callee of a call in the source. */
function isCallSite(tree, entry) {
  let node = tree.rootNode.descendantForPosition({ row: entry.line - 1, column: entry.column });
  while (node && node.parent && (node.parent.type === 'attribute' || node.parent.type === 'identifier') && node.parent.startIndex === node.startIndex) {
    node = node.parent;
  }
  while (node && node.parent && node.parent.type === 'attribute') {
    node = node.parent;
  }
  const call = node && node.parent;
  return !!call && call.type === 'call' && call.childForFieldName('function').id === node.id;
}

async function main() {
  const positional = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && !(all[i - 1] || '').startsWith('--'));
  const shared = process.env.MINDCONVERTER_SHARED || join(__dirname, '..', '..', 'shared');
  const dir = resolve(positional[0] || join(shared, 'corpus', 'files'));
  const rounds = Number(option('--rounds', '5'));
  const target = option('--target', 'classic');
  const parser = await nodePythonParser();
  const files = readdirSync(dir).filter(name => name.endsWith('.py')).sort().map(name => ({ name, source: readFileSync(join(dir, name), 'utf8') }));
  const lines = files.reduce((sum, file) => sum + file.source.split('\n').length, 0);

  let converted = 0;
  let total = 0;
  console.log(`${dir}: ${files.length} files, ${lines} lines (target ${target})`);
  for (const { name, source } of files) {
    const { report } = convertSource(parser, source, { target, fileName: name });
    const tree = parser.parse(source);
    const sites = report.entries.filter(e => (e.kind === 'convert' || e.kind === 'unconvert') && e.api && isCallSite(tree, e));
    tree.delete();
    const ok = sites.filter(e => e.kind === 'convert').length;
    converted += ok;
    total += sites.length;
    console.log(`${name.padEnd(30)} ${String(ok).padStart(4)} / ${String(sites.length).padEnd(4)} call sites converted`);
  }
  console.log(`conversion rate over torch call sites: ${converted} / ${total} = ${((100 * converted) / Math.max(1, total)).toFixed(2)}%`);

  const timing = await benchAst({ dir, rounds, target });
  console.log(
    `throughput: ${timing.linesPerSecond} lines/s (${timing.lines} lines in ${timing.convertCpuMs} ms of CPU per round, ` +
      `median of ${rounds} rounds after a warm-up, one process, validator included; bare parse ${timing.parseCpuMs} ms: ` +
      `${timing.ratioToParse}x; see bench/ast.js)`
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
