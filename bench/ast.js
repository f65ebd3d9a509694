#!/usr/bin/env node
/**
 * AST mode speed: every file of a directory (default ../shared/corpus/files)
 * converted in one process, next to a bare tree-sitter parse of the same
 * files (the floor for a tree-sitter-based converter). After a warm-up pass,
 * each round parses then converts every file; the figures are medians over
 * the rounds, so a busy machine disturbs them less. Ratios use CPU time.
 *
 *   node bench/ast.js [DIR] [--rounds N]
 */
const { join } = require('path');
const { built, sharedDir, pythonFiles, timed, median, round } = require('./common');

async function benchAst({ dir = join(sharedDir(), 'corpus', 'files'), rounds = 9, target = 'classic' } = {}) {
  const { convertSource } = built('converter');
  const { nodePythonParser } = built('node/assets');
  const parser = await nodePythonParser();
  const files = pythonFiles(dir);
  if (files.length === 0) {
    throw new Error(`no .py files in ${dir}`);
  }
  const parseFile = file => parser.parse(file.source).delete();
  const convertFile = file => convertSource(parser, file.source, { target, fileName: file.name });
  for (const file of files) {
    parseFile(file);
    convertFile(file);
  }
  const parse = { wall: [], cpu: [] };
  const convert = { wall: [], cpu: [] };
  const perFile = files.map(() => []);
  for (let r = 0; r < rounds; r += 1) {
    const parsed = timed(() => files.forEach(parseFile));
    parse.wall.push(parsed.ms);
    parse.cpu.push(parsed.cpuMs);
    let wall = 0;
    let cpu = 0;
    files.forEach((file, i) => {
      const converted = timed(() => convertFile(file));
      perFile[i].push(converted.cpuMs);
      wall += converted.ms;
      cpu += converted.cpuMs;
    });
    convert.wall.push(wall);
    convert.cpu.push(cpu);
  }
  const fileMs = perFile.map(median);
  const worst = fileMs.indexOf(Math.max(...fileMs));
  const lines = files.reduce((sum, file) => sum + file.lines, 0);
  const convertCpu = median(convert.cpu);
  const parseCpu = median(parse.cpu);
  return {
    dir,
    target,
    files: files.length,
    lines,
    rounds,
    parseMs: round(median(parse.wall)),
    parseCpuMs: round(parseCpu),
    convertMs: round(median(convert.wall)),
    convertCpuMs: round(convertCpu),
    linesPerSecond: Math.round(lines / (convertCpu / 1000)),
    parseLinesPerSecond: Math.round(lines / (parseCpu / 1000)),
    fileMedianMs: round(median(fileMs)),
    fileWorstMs: round(fileMs[worst]),
    fileWorst: files[worst].name,
    ratioToParse: round(convertCpu / parseCpu),
    goal: { ratioToParse: 2 }
  };
}

function astRows(result) {
  return [
    ['AST mode', `${result.files} files, ${result.lines} lines (${result.dir}), median of ${result.rounds} rounds`],
    ['  bare tree-sitter parse', `${result.parseCpuMs} ms CPU (${result.parseMs} ms wall), ${result.parseLinesPerSecond} lines/s`],
    ['  convertSource', `${result.convertCpuMs} ms CPU (${result.convertMs} ms wall), ${result.linesPerSecond} lines/s`],
    ['  per file: median / worst', `${result.fileMedianMs} ms / ${result.fileWorstMs} ms CPU (${result.fileWorst})`],
    ['  conversion / bare parse', `${result.ratioToParse}x CPU (goal <= ${result.goal.ratioToParse}x)`]
  ];
}

module.exports = { benchAst, astRows };

if (require.main === module) {
  const args = process.argv.slice(2);
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : undefined;
  const dir = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--rounds');
  benchAst({ ...(dir ? { dir } : {}), ...(rounds ? { rounds } : {}) })
    .then(result => astRows(result).forEach(([what, value]) => console.log(`${what.padEnd(28)} ${value}`)))
    .catch(error => {
      console.error(`bench/ast.js: ${error.message}`);
      process.exit(1);
    });
}
