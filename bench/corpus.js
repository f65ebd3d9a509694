#!/usr/bin/env node
/**
 * Conversion rate and validator warnings over a directory of PyTorch files
 * (default ../shared/corpus/files): per file and in total, for one target
 * family and MindSpore version. Runs the built converter (npm run build).
 *
 *   node bench/corpus.js [DIR] [--target classic|mint] [--mindspore_version 2.6.0|2.2.14]
 */
const { readdirSync, readFileSync } = require('fs');
const { join, resolve } = require('path');
const { convertSource, summarize, validateSource } = require('../lib/converter');
const { nodePythonParser } = require('../lib/node/assets');

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : fallback;
}

async function main() {
  const positional = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && !(all[i - 1] || '').startsWith('--'));
  const dir = resolve(positional[0] || join(__dirname, '..', '..', 'shared', 'corpus', 'files'));
  const target = option('--target', 'classic');
  const mindsporeVersion = option('--mindspore_version', '2.6.0');
  const parser = await nodePythonParser();
  const files = readdirSync(dir).filter(name => name.endsWith('.py')).sort();
  const totals = { converted: 0, unconverted: 0, warnings: 0, fully: 0, ms: 0 };
  const byCode = {};
  console.log(`${dir} (target ${target}, MindSpore ${mindsporeVersion})`);
  for (const name of files) {
    const source = readFileSync(join(dir, name), 'utf8');
    const start = process.hrtime.bigint();
    const { code, report } = convertSource(parser, source, { target, mindsporeVersion, fileName: name });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const summary = summarize(report);
    for (const issue of validateSource(parser, code, { mindsporeVersion })) {
      byCode[issue.code] = (byCode[issue.code] || 0) + 1;
    }
    totals.converted += summary.converted;
    totals.unconverted += summary.unconverted;
    totals.warnings += summary.warnings;
    totals.fully += summary.unconverted === 0 ? 1 : 0;
    totals.ms += ms;
    console.log(
      `${name.padEnd(32)} ${String(summary.converted).padStart(4)} converted ${String(summary.unconverted).padStart(4)} not ` +
        `${(summary.rate * 100).toFixed(1).padStart(6)}%  ${summary.warnings} warnings  ${ms.toFixed(1)} ms`
    );
  }
  const rate = totals.converted / Math.max(1, totals.converted + totals.unconverted);
  console.log(
    `TOTAL ${files.length} files: ${totals.converted} converted, ${totals.unconverted} not converted, rate ${(rate * 100).toFixed(2)}%, ` +
      `${totals.fully} files fully converted, ${totals.warnings} report warnings, ${totals.ms.toFixed(0)} ms`
  );
  console.log(`validator issues in the converted files: ${JSON.stringify(byCode)}`);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
