#!/usr/bin/env node
/**
 * Graph mode on real exports (default: torchvision resnet50 and vit_b_16,
 * exported on first use with Debian's torch, random weights): a bare
 * protobuf decode of the file next to graph mode's phases (decode, IR +
 * shape inference, code generation: CPU time; checkpoint write to disk:
 * wall time), each the median (and best) of N rounds; the disk's own speed
 * for a write of the same size; and the peak RSS of the real CLI
 * converting the model once.
 * Each measurement runs in its own node process. Runs the built converter
 * (npm run build).
 *
 *   node bench/graph.js [MODEL.onnx ...] [--rounds N] [--json]
 */
const { execFileSync } = require('child_process');
const { closeSync, existsSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } = require('fs');
const { tmpdir } = require('os');
const { join } = require('path');
const { REPO_ROOT, RESULTS_DIR, built, timed } = require('./common');

const DEFAULT_MODELS = ['resnet50', 'vit_b_16'];

// Median and best of N rounds (the machine is shared: the best is the work itself, the median what a run sees).
// The first WARMUP rounds (cold code, first allocations) are left out.
const WARMUP = 2;
const stats = all => {
  const values = all.length > WARMUP ? all.slice(WARMUP) : all;
  return { median: [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)], best: Math.min(...values) };
};
/** Runs fn, pushing its CPU time to `into` (steadier than wall time on a shared machine); returns its result. */
const cpuTimed = (into, fn) => {
  const { cpuMs, result } = timed(fn);
  into.push(cpuMs);
  return result;
};
const ms = start => Number(process.hrtime.bigint() - start) / 1e6;

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : fallback;
}

/** A torchvision model from the test fixtures' cache, exported with tests/fixtures/export_models.py when missing. */
function fixtureModel(id) {
  const cache = join(REPO_ROOT, 'tests', 'fixtures', '.cache');
  const torch = execFileSync('/usr/bin/python3', ['-c', 'import torch; print(torch.__version__)'], { encoding: 'utf8' }).trim();
  const file = join(cache, `torch-${torch}`, 'opset-13', `${id}.onnx`);
  if (!existsSync(file)) {
    const index = join(tmpdir(), `graph-bench-index-${process.pid}.json`);
    execFileSync('/usr/bin/python3', [join(REPO_ROOT, 'tests', 'fixtures', 'export_models.py'), '--opset', '13', '--only', id, '--index', index], { stdio: 'inherit' });
    rmSync(index, { force: true });
  }
  return file;
}

/** Writes the parts to a new file on the disk (not tmpfs), flushed; returns the milliseconds. */
function writeToDisk(parts) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const dir = mkdtempSync(join(RESULTS_DIR, 'write-'));
  try {
    const start = process.hrtime.bigint();
    const fd = openSync(join(dir, 'out.bin'), 'w');
    for (const part of parts) {
      for (let written = 0; written < part.length; ) written += writeSync(fd, part, written, part.length - written);
    }
    fsyncSync(fd);
    closeSync(fd);
    return ms(start);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One child process: `bare` decodes only (for its peak RSS); `full` runs a bare decode and every phase; `cli` runs the real CLI once. Prints JSON. */
async function child(mode, file, rounds) {
  // The cli mode reads nothing itself: its peak RSS is the CLI's own.
  const bytes = mode === 'cli' ? undefined : readFileSync(file);
  const treeFile = file.replace(/\.onnx$/, '.tree.json');
  const moduleTree = existsSync(treeFile) ? JSON.parse(readFileSync(treeFile, 'utf8')) : undefined;
  const result = { mode, rounds };
  if (mode === 'bare') {
    const { ModelProtoType } = built('converter/graph/onnx/schema');
    const times = [];
    for (let i = 0; i < rounds; i++) cpuTimed(times, () => ModelProtoType.decode(bytes));
    result.decodeMs = stats(times);
  } else if (mode === 'full') {
    const { decodeModel } = built('converter/graph/onnx/decode');
    const { analyzeModel, generateCode } = built('converter/graph/convert');
    const { checkpointParts } = built('converter/graph/checkpoint/write');
    const { ModelProtoType } = built('converter/graph/onnx/schema');
    const phases = { bareDecodeMs: [], decodeMs: [], irMs: [], codegenMs: [], checkpointMs: [], diskMs: [] };
    let generated;
    for (let i = 0; i < rounds + WARMUP; i++) {
      // The floor, measured in the same process and round as the phases it is compared with.
      cpuTimed(phases.bareDecodeMs, () => ModelProtoType.decode(bytes));
      const model = cpuTimed(phases.decodeMs, () => decodeModel(bytes));
      const analysis = cpuTimed(phases.irMs, () => analyzeModel(model, { moduleTree }));
      generated = cpuTimed(phases.codegenMs, () => generateCode(analysis, { modelName: 'model', moduleTree }));
    }
    result.placeholders = generated.placeholders;
    // The checkpoint rounds come after the CPU rounds: their buffers (the size of the model, and as much again for the
    // disk's own speed) and the collections they cause would otherwise land in the next round's phases.
    for (let i = 0; i < rounds + WARMUP; i++) {
      // The checkpoint as the CLI writes it: serialized in parts and written to the disk (wall time: the disk is part of it).
      const start = process.hrtime.bigint();
      const parts = checkpointParts(generated.params.map(p => ({ name: p.name, dtype: p.dtype, shape: p.shape, bytes: p.tensor().bytes() })));
      const serializeMs = ms(start);
      phases.checkpointMs.push(serializeMs + writeToDisk(parts));
      result.checkpointBytes = parts.reduce((sum, part) => sum + part.length, 0);
      // The disk's own speed: the same number of bytes from one buffer.
      phases.diskMs.push(writeToDisk([Buffer.alloc(result.checkpointBytes, 1)]));
    }
    for (const [name, values] of Object.entries(phases)) result[name] = stats(values);
    result.checkpointMBps = result.checkpointBytes / 1e6 / (result.checkpointMs.median / 1000);
    result.diskMBps = result.checkpointBytes / 1e6 / (result.diskMs.median / 1000);
  } else {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const out = mkdtempSync(join(RESULTS_DIR, 'cli-'));
    try {
      const start = process.hrtime.bigint();
      const code = await built('cli/main').main(['--model_file', file, '--output', out], { stdout: () => undefined, stderr: text => process.stderr.write(text) });
      result.wallMs = ms(start);
      if (code !== 0) throw new Error(`mindconverter exited with ${code}`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  result.peakRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(result));
}

function benchModel(file, rounds) {
  if (!existsSync(file)) throw new Error(`${file}: no such model`);
  const run = (mode, n) => JSON.parse(execFileSync(process.execPath, [__filename, '--child', mode, file, '--rounds', String(n)], { encoding: 'utf8', maxBuffer: 1 << 24 }));
  const full = run('full', rounds);
  // Peak RSS from processes that work once (repeated rounds would count buffers the GC has not reclaimed yet).
  const bare = run('bare', 1);
  const cli = run('cli', 1);
  const fileMB = readFileSync(file).length / 1e6;
  const withoutCheckpoint = full.decodeMs.median + full.irMs.median + full.codegenMs.median;
  const withoutCheckpointBest = full.decodeMs.best + full.irMs.best + full.codegenMs.best;
  return {
    file,
    fileMB,
    rounds,
    bare,
    full,
    cli,
    ratioWithoutCheckpoint: withoutCheckpoint / full.bareDecodeMs.median,
    ratioWithoutCheckpointBest: withoutCheckpointBest / full.bareDecodeMs.best,
    checkpointOverDisk: full.checkpointMBps / full.diskMBps,
    rssOverFile: cli.peakRssMB / fileMB,
    goal: { ratioWithoutCheckpoint: 3, checkpointOverDisk: 1, rssOverFile: 2 }
  };
}

async function benchGraph({ files, rounds = 10 } = {}) {
  const models = files ?? DEFAULT_MODELS.map(fixtureModel);
  return { models: models.map(file => benchModel(file, rounds)) };
}

function graphRows({ models }) {
  const f = (n, digits = 1) => n.toFixed(digits);
  const t = s => `${f(s.median)} ms (best ${f(s.best)})`;
  return models.flatMap(r => [
    [`graph: ${r.file.split('/').pop()}`, `${f(r.fileMB)} MB, median of ${r.rounds}, ${r.full.placeholders} placeholders`],
    ['  bare protobuf decode', `${t(r.full.bareDecodeMs)} CPU, peak RSS ${f(r.bare.peakRssMB, 0)} MB`],
    ['  decode', `${t(r.full.decodeMs)} CPU`],
    ['  IR + shape inference', `${t(r.full.irMs)} CPU`],
    ['  code generation', `${t(r.full.codegenMs)} CPU`],
    ['  checkpoint write (to disk)', `${t(r.full.checkpointMs)} wall, ${f(r.full.checkpointMBps, 0)} MB/s (the disk alone: ${f(r.full.diskMBps, 0)} MB/s), ${f(r.full.checkpointBytes / 1e6)} MB`],
    ['  conversion without checkpoint / bare decode', `${f(r.ratioWithoutCheckpoint)}x CPU, ${f(r.ratioWithoutCheckpointBest)}x best to best (goal <= ${r.goal.ratioWithoutCheckpoint}x)`],
    ['  peak RSS of the CLI', `${f(r.cli.peakRssMB, 0)} MB = ${f(r.rssOverFile, 2)}x the model file (goal < ${r.goal.rssOverFile}x), ${f(r.cli.wallMs / 1000, 2)} s`]
  ]);
}

module.exports = { benchGraph, graphRows };

if (require.main === module) {
  const rounds = Number(option('--rounds', '10'));
  if (process.argv[2] === '--child') {
    child(process.argv[3], process.argv[4], rounds).catch(error => {
      console.error(error);
      process.exit(1);
    });
  } else {
    const files = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && !(all[i - 1] || '').startsWith('--'));
    benchGraph({ files: files.length > 0 ? files : undefined, rounds }).then(result => {
      if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
      else for (const [what, value] of graphRows(result)) console.log(`${what.padEnd(46)} ${value}`);
    });
  }
}
