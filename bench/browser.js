#!/usr/bin/env node
/**
 * The browser path: the time from the convert-cell command to the inserted
 * cell for a 300-line PyTorch cell, in the real JupyterLab host in Debian's
 * Chromium. The measurement is the UI benchmark of ui-tests/bench (also
 * `make bench-ui`); this runs it and reads the JSON line it prints. It needs
 * the prebuilt extension and the host: `make labextension host`.
 *
 *   node bench/browser.js
 */
const { spawnSync } = require('child_process');
const { existsSync } = require('fs');
const { join } = require('path');
const { REPO_ROOT } = require('./common');

function benchBrowser() {
  const needed = [join(REPO_ROOT, 'jupyterlab_mindconverter', 'labextension', 'package.json'), join(REPO_ROOT, 'ui-tests', 'host', 'build')];
  const missing = needed.filter(path => !existsSync(path));
  if (missing.length > 0) {
    throw new Error(`the extension and the JupyterLab host are not built (${missing.join(', ')}): run make labextension host`);
  }
  const run = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.bench.config.ts'], {
    cwd: join(REPO_ROOT, 'ui-tests'),
    encoding: 'utf8',
    timeout: 10 * 60 * 1000,
    maxBuffer: 1 << 24
  });
  const line = (run.stdout ?? '').split('\n').find(text => text.includes('"convert-cell-latency"'));
  if (run.status !== 0 || !line) {
    const why = (run.stderr || run.stdout || String(run.error ?? '')).trim().split('\n').slice(-3).join(' / ');
    throw new Error(`the UI benchmark failed (exit ${run.status}): ${why}`);
  }
  return JSON.parse(line.slice(line.indexOf('{')));
}

function browserRows(result) {
  return [
    ['browser: convert a cell', `${result.lines} lines: ${result.warm_median_ms} ms warm median (min ${result.warm_min_ms}, max ${result.warm_max_ms}); first run ${result.first_ms} ms (loads the parser)`]
  ];
}

module.exports = { benchBrowser, browserRows };

if (require.main === module) {
  try {
    browserRows(benchBrowser()).forEach(([what, value]) => console.log(`${what}  ${value}`));
  } catch (error) {
    console.error(`bench/browser.js: ${error.message}`);
    process.exit(1);
  }
}
