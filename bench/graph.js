#!/usr/bin/env node
/**
 * Graph mode on a real export (default: torchvision resnet50 from the test
 * fixtures, exported on first use with Debian's torch): a bare protobuf
 * decode of the file next to graph mode's phases (decode, IR + shape
 * inference, code generation, checkpoint write), each the median (and best) of N
 * rounds, and the peak RSS of a process that only decodes next to one that
 * converts. Each measurement runs in its own node process. Runs the built
 * converter (npm run build).
 *
 *   node bench/graph.js [MODEL.onnx] [--rounds N] [--json]
 */
const { execFileSync } = require('child_process');
const { existsSync, readdirSync, readFileSync } = require('fs');
const { join } = require('path');
const { REPO_ROOT, built } = require('./common');

// Median and best of N rounds (the machine is shared: the best is the work itself, the median what a run sees).
const stats = values => ({ median: [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)], best: Math.min(...values) });
const ms = start => Number(process.hrtime.bigint() - start) / 1e6;

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : fallback;
}

/** The resnet50 test fixture (exported with tests/fixtures/export_models.py when missing). */
function defaultModel() {
  const cache = join(REPO_ROOT, 'tests', 'fixtures', '.cache');
  const find = () => {
    if (!existsSync(cache)) return undefined;
    for (const torch of readdirSync(cache)) {
      const file = join(cache, torch, 'opset-13', 'resnet50.onnx');
      if (existsSync(file)) return file;
    }
    return undefined;
  };
  if (!find()) {
    execFileSync('/usr/bin/python3', [join(REPO_ROOT, 'tests', 'fixtures', 'export_models.py'), '--opset', '13', '--only', 'resnet50', '--index', join(require('os').tmpdir(), 'graph-bench-index.json')], { stdio: 'inherit' });
  }
  return find();
}

/** One child process: `bare` decodes only; `full` runs every phase. Prints JSON. */
function child(mode, file, rounds) {
  const { ModelProtoType } = built('converter/graph/onnx/schema');
  const bytes = readFileSync(file);
  const treeFile = file.replace(/\.onnx$/, '.tree.json');
  const moduleTree = existsSync(treeFile) ? JSON.parse(readFileSync(treeFile, 'utf8')) : undefined;
  const result = { mode, rounds };
  if (mode === 'bare') {
    const times = [];
    for (let i = 0; i < rounds; i++) {
      const start = process.hrtime.bigint();
      ModelProtoType.decode(bytes);
      times.push(ms(start));
    }
    result.decodeMs = stats(times);
  } else {
    const { decodeModel } = built('converter/graph/onnx/decode');
    const { analyzeModel, generateCode, checkpointOf } = built('converter/graph/convert');
    const phases = { decodeMs: [], irMs: [], codegenMs: [], checkpointMs: [] };
    for (let i = 0; i < rounds; i++) {
      let start = process.hrtime.bigint();
      const model = decodeModel(bytes);
      phases.decodeMs.push(ms(start));
      start = process.hrtime.bigint();
      const analysis = analyzeModel(model, { moduleTree });
      phases.irMs.push(ms(start));
      start = process.hrtime.bigint();
      const generated = generateCode(analysis, { modelName: 'model', moduleTree });
      phases.codegenMs.push(ms(start));
      start = process.hrtime.bigint();
      const checkpoint = checkpointOf(generated.params);
      phases.checkpointMs.push(ms(start));
      result.checkpointBytes = checkpoint.length;
      result.placeholders = generated.placeholders;
    }
    for (const [name, values] of Object.entries(phases)) result[name] = stats(values);
    result.checkpointMBps = result.checkpointBytes / 1e6 / (result.checkpointMs.median / 1000);
  }
  result.peakRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(result));
}

function benchGraph({ file = defaultModel(), rounds = 10 } = {}) {
  if (!file || !existsSync(file)) throw new Error('no model to measure (pass an .onnx file)');
  const run = (mode, n) => JSON.parse(execFileSync(process.execPath, [__filename, '--child', mode, file, '--rounds', String(n)], { encoding: 'utf8', maxBuffer: 1 << 24 }));
  const bare = run('bare', rounds);
  const full = run('full', rounds);
  // Peak RSS from processes that convert once (repeated rounds would count buffers the GC has not reclaimed yet).
  bare.peakRssMB = run('bare', 1).peakRssMB;
  full.peakRssMB = run('full', 1).peakRssMB;
  const fileMB = readFileSync(file).length / 1e6;
  const withoutCheckpoint = full.decodeMs.median + full.irMs.median + full.codegenMs.median;
  return { file, fileMB, rounds, bare, full, ratioWithoutCheckpoint: withoutCheckpoint / bare.decodeMs.median, rssOverFile: full.peakRssMB / fileMB };
}

function graphRows(r) {
  const f = (n, digits = 1) => n.toFixed(digits);
  const t = s => `${f(s.median)} ms (best ${f(s.best)})`;
  return [
    ['graph: model', `${r.file.split('/').pop()} (${f(r.fileMB)} MB, median of ${r.rounds})`],
    ['graph: bare protobuf decode', `${t(r.bare.decodeMs)}, peak RSS ${f(r.bare.peakRssMB, 0)} MB`],
    ['graph: decode', t(r.full.decodeMs)],
    ['graph: IR + shape inference', t(r.full.irMs)],
    ['graph: code generation', t(r.full.codegenMs)],
    ['graph: checkpoint write', `${t(r.full.checkpointMs)}, ${f(r.full.checkpointMBps, 0)} MB/s, ${f(r.full.checkpointBytes / 1e6)} MB`],
    ['graph: conversion without checkpoint / bare decode', `${f(r.ratioWithoutCheckpoint)}x`],
    ['graph: peak RSS (convert)', `${f(r.full.peakRssMB, 0)} MB (${f(r.rssOverFile, 2)}x the model file)`],
    ['graph: placeholders', String(r.full.placeholders)]
  ];
}

module.exports = { benchGraph, graphRows };

if (require.main === module) {
  const rounds = Number(option('--rounds', '10'));
  if (process.argv[2] === '--child') {
    child(process.argv[3], process.argv[4], rounds);
  } else {
    const positional = process.argv.slice(2).find((arg, i, all) => !arg.startsWith('--') && !(all[i - 1] || '').startsWith('--'));
    const result = benchGraph({ file: positional || defaultModel(), rounds });
    if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
    else for (const [what, value] of graphRows(result)) console.log(`${what.padEnd(52)} ${value}`);
  }
}
