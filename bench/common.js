/**
 * Helpers shared by the bench scripts: where things are, timing, and the
 * summary statistics every section reports. The scripts run the built code
 * (lib/, from `npm run build`), as the CLI does.
 */
const { existsSync, readdirSync, readFileSync } = require('fs');
const { join, resolve } = require('path');

const REPO_ROOT = resolve(__dirname, '..');
const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results');

/** ../shared beside the repository (MINDCONVERTER_SHARED overrides it). */
function sharedDir() {
  return process.env.MINDCONVERTER_SHARED || resolve(REPO_ROOT, '..', 'shared');
}

/** The built module at lib/<relative>, or a clear error saying how to build it. */
function built(relative) {
  const path = join(REPO_ROOT, 'lib', relative);
  if (!existsSync(`${path}.js`) && !existsSync(join(path, 'index.js'))) {
    throw new Error(`${path} is not built: run npm run build first`);
  }
  return require(path);
}

/** The .py files of a directory, sorted, with their text and line count. */
function pythonFiles(dir) {
  return readdirSync(dir)
    .filter(name => name.endsWith('.py'))
    .sort()
    .map(name => {
      const source = readFileSync(join(dir, name), 'utf8');
      return { name, source, lines: source.split('\n').length - (source.endsWith('\n') ? 1 : 0) };
    });
}

/** CPU time of this process (all its threads) in milliseconds. */
function cpuMs() {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * Time taken by fn(): `ms` is wall-clock time, `cpuMs` the CPU time the
 * process used meanwhile. On a machine shared with other work, CPU time is
 * the steadier measure of what the code costs; wall time is what a user waits.
 */
function timed(fn) {
  const cpuStart = cpuMs();
  const start = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, cpuMs: cpuMs() - cpuStart, result };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Rounds a number for the JSON output and the table. */
function round(value, digits = 2) {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

module.exports = { REPO_ROOT, RESULTS_DIR, sharedDir, built, pythonFiles, cpuMs, timed, median, round };
