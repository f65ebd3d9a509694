/**
 * `mindconverter --model_file model.onnx|model.pth`: graph mode. An .onnx is
 * read directly (with `<model>.tree.json` beside it when the kernel-side
 * exporter wrote one); a .pth is first exported to ONNX + module tree by
 * `python3 -m mindconverter_shim export` with a python3 that has torch.
 * Writes `<model>.py`, `<model>.ckpt`, `weight_map_of_<model>.json` and
 * `report_of_<model>.txt`, all or nothing, never over existing files.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'path';
import { convertOnnxToParts, GraphError, ModuleTree, renderText, summarize } from '../converter';
import { CliOptions, UsageError } from './args';
import { CliError, writeOutputs } from './output';

const PTH_EXTENSIONS = ['.pth', '.pt'];
const REPO_SHIM = resolve(__dirname, '..', '..', 'python_shim');

function readModelFile(path: string): Buffer {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new CliError(`cannot read ${path}: no such file`);
  if (stat.isDirectory()) throw new CliError(`${path} is a directory; --model_file takes an .onnx or .pth file`);
  return readFileSync(path);
}

/** External-data files resolve inside the model's directory only (a model cannot make us read /etc/passwd). */
function externalDataResolver(modelPath: string): (location: string) => Uint8Array | undefined {
  const base = realpathSync(dirname(modelPath));
  return location => {
    if (isAbsolute(location)) return undefined;
    const path = resolve(base, location);
    const inside = relative(base, path);
    if (inside.startsWith('..') || isAbsolute(inside) || !existsSync(path)) return undefined;
    return readFileSync(path);
  };
}

function readTree(path: string): ModuleTree | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ModuleTree;
  } catch (error) {
    throw new CliError(`cannot read the module tree ${path}: ${(error as Error).message}`);
  }
}

/** The first python3 that imports torch: Debian's /usr/bin/python3, then python3 on PATH. */
export function findTorchPython(candidates = ['/usr/bin/python3', 'python3']): string {
  for (const python of candidates) {
    const probe = spawnSync(python, ['-c', 'import torch'], { stdio: 'ignore', timeout: 120_000 });
    if (probe.status === 0) return python;
  }
  throw new CliError(
    `converting a .pth needs a python3 with torch (tried ${candidates.join(', ')}); install python3-torch, or export the model to ONNX and pass the .onnx file`
  );
}

/**
 * Exports a .pth with the kernel-side exporter's CLI. A 3-value shape is
 * taken as (C, H, W) with batch 1 prepended, as MindConverter did; if the
 * model refuses that, the shapes are tried as given (a rank-3 input).
 */
function exportPth(path: string, options: CliOptions): { bytes: Uint8Array; tree?: ModuleTree } {
  if (options.shapes.length === 0) {
    throw new UsageError('a .pth model needs its input shape(s): --shape 1,3,224,224');
  }
  if (options.dtypes.length > 0 && options.dtypes.length !== options.shapes.length) {
    throw new UsageError(`--dtype gives ${options.dtypes.length} dtypes for ${options.shapes.length} shapes`);
  }
  const python = findTorchPython();
  const batched = options.shapes.map(shape => (shape.length === 3 ? [1, ...shape] : shape));
  try {
    return runShimExport(python, path, batched, options);
  } catch (error) {
    if (!(error instanceof CliError) || batched.every((shape, i) => shape.length === options.shapes[i].length)) throw error;
    try {
      return runShimExport(python, path, options.shapes, options);
    } catch {
      throw error;
    }
  }
}

function runShimExport(python: string, path: string, shapes: number[][], options: CliOptions): { bytes: Uint8Array; tree?: ModuleTree } {
  const work = mkdtempSync(join(tmpdir(), 'mindconverter-'));
  try {
    const onnxPath = join(work, 'model.onnx');
    const treePath = join(work, 'model.tree.json');
    const args = ['-m', 'mindconverter_shim', 'export', '--model_file', resolve(path), '--output', onnxPath, '--module_tree', treePath];
    args.push('--shape', ...shapes.map(s => s.join(',')));
    if (options.dtypes.length > 0) args.push('--dtype', ...options.dtypes);
    if (options.projectPath) args.push('--project_path', resolve(options.projectPath));
    if (options.modelClass) args.push('--model_class', options.modelClass);
    const pythonPath = [existsSync(REPO_SHIM) ? REPO_SHIM : undefined, process.env.PYTHONPATH].filter(Boolean).join(':');
    const run = spawnSync(python, args, {
      encoding: 'utf8',
      env: { ...process.env, PYTHONPATH: pythonPath },
      maxBuffer: 16 * 1024 * 1024
    });
    if (run.error) throw new CliError(`cannot run ${python}: ${run.error.message}`);
    if (run.status !== 0) {
      const line = (run.stderr || '').trim().split('\n').reverse().find(l => l.includes('error:')) ?? (run.stderr || '').trim().split('\n').pop();
      throw new CliError(`exporting ${path} failed: ${(line ?? `exit code ${run.status}`).replace(/^mindconverter_shim: error: /, '')}`);
    }
    return { bytes: readFileSync(onnxPath), tree: readTree(treePath) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Runs graph mode; returns the lines to print on stdout. */
export function runGraphMode(options: CliOptions): string {
  const path = options.modelFile!;
  const extension = extname(path).toLowerCase();
  const name = basename(path, extname(path));
  let bytes: Uint8Array = readModelFile(path);
  let tree: ModuleTree | undefined;
  if (PTH_EXTENSIONS.includes(extension)) {
    ({ bytes, tree } = exportPth(path, options));
  } else if (extension === '.onnx') {
    tree = readTree(join(dirname(path), `${name}.tree.json`));
  } else {
    throw new CliError(`${path}: --model_file takes an .onnx file, or a .pth/.pt file with --shape`);
  }
  let conversion;
  try {
    conversion = convertOnnxToParts(bytes, {
      modelName: name,
      shapes: options.shapes.length > 0 ? options.shapes : undefined,
      moduleTree: tree,
      externalData: extension === '.onnx' ? externalDataResolver(path) : undefined
    });
  } catch (error) {
    if (error instanceof GraphError) throw new CliError(`cannot convert ${path}: ${error.message}`);
    throw error;
  }
  const codePath = join(options.output, `${name}.py`);
  const reportDir = options.report ?? options.output;
  const files = [
    { path: codePath, content: conversion.code },
    { path: join(options.output, `${name}.ckpt`), content: conversion.checkpointParts },
    { path: join(options.output, `weight_map_of_${name}.json`), content: JSON.stringify(conversion.weightMap, null, 1) + '\n' },
    { path: join(reportDir, `report_of_${name}.txt`), content: renderText(conversion.report) }
  ];
  writeOutputs(files, options.overwrite);
  const summary = summarize(conversion.report);
  return (
    `converted ${path} -> ${codePath} (checkpoint, weight map and report beside it${tree ? ', module tree used' : ''}): ` +
    `${summary.converted} ops converted, ${conversion.placeholders} placeholders, ${summary.warnings} warnings\n`
  );
}
