#!/usr/bin/env node
/**
 * `npm run bench`: every benchmark section that can run here, printed as one
 * table and written as JSON to bench/results/ (a dated file per run, and
 * latest.json with the newest result of each section).
 * A section whose inputs are missing says why instead of failing the rest.
 *
 *   node bench/run.js [--only ast,graph,browser] [--rounds N]
 */
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('fs');
const { join } = require('path');
const { RESULTS_DIR } = require('./common');
const { benchAst, astRows } = require('./ast');
const { benchGraph, graphRows } = require('./graph');
const { benchBrowser, browserRows } = require('./browser');

const SECTIONS = {
  ast: { run: options => benchAst(options), rows: astRows },
  graph: { run: options => benchGraph(options), rows: graphRows },
  browser: { run: () => benchBrowser(), rows: browserRows }
};

function option(args, name) {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main() {
  const args = process.argv.slice(2);
  const only = option(args, '--only')?.split(',') ?? Object.keys(SECTIONS);
  const rounds = option(args, '--rounds');
  const unknown = only.filter(name => !SECTIONS[name]);
  if (unknown.length) {
    throw new Error(`unknown section ${unknown.join(', ')} (known: ${Object.keys(SECTIONS).join(', ')})`);
  }
  const results = { date: new Date().toISOString(), node: process.version, cpus: require('os').cpus().length, sections: {} };
  const rows = [];
  for (const name of only) {
    try {
      const result = await SECTIONS[name].run(rounds ? { rounds: Number(rounds) } : {});
      results.sections[name] = result;
      rows.push(...SECTIONS[name].rows(result));
    } catch (error) {
      results.sections[name] = { skipped: error.message };
      rows.push([name, `not measured: ${error.message}`]);
    }
  }
  const width = Math.max(...rows.map(([what]) => what.length));
  for (const [what, value] of rows) {
    console.log(`${what.padEnd(width)}  ${value}`);
  }
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `bench-${results.date.replace(/[:.]/g, '-')}.json`), `${JSON.stringify(results, null, 2)}\n`);
  // latest.json keeps the newest result of every section (a run with --only replaces only its own).
  const latestPath = join(RESULTS_DIR, 'latest.json');
  const latest = existsSync(latestPath) ? JSON.parse(readFileSync(latestPath, 'utf8')) : { sections: {} };
  for (const [name, section] of Object.entries(results.sections)) {
    latest.sections[name] = { ...section, date: results.date };
  }
  writeFileSync(latestPath, `${JSON.stringify({ ...latest, date: results.date, node: results.node, cpus: results.cpus }, null, 2)}\n`);
  console.log(`\nwritten: ${join(RESULTS_DIR, 'latest.json')}`);
}

main().catch(error => {
  console.error(`bench: ${error.message}`);
  process.exit(1);
});
