/**
 * What every converted real model must satisfy: no placeholder, code that
 * parses and uses only MindSpore 2.6 APIs/keywords, and a checkpoint that
 * decodes back to the model's own state dict (names through the weight map,
 * shapes, bytes).
 */
import { createHash } from 'crypto';
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { convertOnnx, GraphConversion, ModuleTree, readCheckpoint } from '../../../../src/converter';
import { codeProblems } from './oracle';
import { Fixture, PYTHON } from './fixtures';

export interface StateEntry {
  shape: number[];
  dtype: string;
  sha256: string;
}

export function convertFixture(fixture: Fixture, withTree = true): GraphConversion {
  const tree = withTree ? (JSON.parse(readFileSync(fixture.tree, 'utf8')) as ModuleTree) : undefined;
  return convertOnnx(readFileSync(fixture.onnx), { modelName: fixture.case.file, moduleTree: tree });
}

/** Problems found in a conversion (empty when it is right). */
export async function conversionProblems(fixture: Fixture, conversion: GraphConversion): Promise<string[]> {
  const problems: string[] = [];
  if (conversion.placeholders > 0) {
    const notes = conversion.report.entries.filter(e => e.kind === 'unconvert').map(e => `${e.original}: ${e.note}`);
    problems.push(`${conversion.placeholders} placeholders: ${[...new Set(notes)].join('; ')}`);
  }
  problems.push(...(await codeProblems(conversion.code)));
  problems.push(...checkpointProblems(fixture, conversion));
  return problems;
}

export function checkpointProblems(fixture: Fixture, conversion: GraphConversion): string[] {
  const problems: string[] = [];
  const state = JSON.parse(readFileSync(fixture.state, 'utf8')) as Record<string, StateEntry>;
  const entries = readCheckpoint(conversion.checkpoint);
  const weights = conversion.weightMap.weights;
  if (entries.map(e => e.name).join('\n') !== weights.map(w => w.mindspore).join('\n')) {
    problems.push('checkpoint names differ from the weight map');
  }
  entries.forEach((entry, i) => {
    const weight = weights[i];
    if (!weight) return;
    if (entry.dims.join() !== weight.shape.join()) problems.push(`${entry.name}: checkpoint dims ${entry.dims} vs weight map ${weight.shape}`);
    if (!weight.pytorch) return;
    const original = state[weight.pytorch];
    if (!original) {
      problems.push(`${entry.name}: the weight map names '${weight.pytorch}', which is not in the state dict`);
      return;
    }
    const sameLayout = !weight.transform || !weight.transform.startsWith('transposed');
    if (sameLayout && createHash('sha256').update(entry.bytes).digest('hex') !== original.sha256) {
      problems.push(`${entry.name}: bytes differ from the state dict's ${weight.pytorch}`);
    }
    const count = (dims: number[]) => dims.reduce((a, b) => a * b, 1);
    if (count(entry.dims) !== count(original.shape)) problems.push(`${entry.name}: ${entry.dims} vs ${original.shape} elements`);
  });
  // Every state-dict entry is in the checkpoint, or listed as unmapped with a reason the report explains.
  const mapped = new Set(weights.map(w => w.pytorch).filter(Boolean));
  const unmapped = new Map(conversion.weightMap.unmapped.map(u => [u.pytorch, u.reason]));
  const leftOut = conversion.report.entries.filter(e => e.kind === 'warning').map(e => e.original);
  for (const name of Object.keys(state)) {
    if (mapped.has(name)) continue;
    const reason = unmapped.get(name);
    if (!reason) problems.push(`state-dict entry ${name} is neither in the checkpoint nor listed as unmapped`);
    else if (!name.endsWith('num_batches_tracked') && !reason.startsWith('tied to ') && !leftOut.some(path => name.startsWith(`${path}.`))) {
      problems.push(`state-dict entry ${name} is unmapped (${reason}) but no left-out module is reported for it`);
    }
  }
  return problems;
}

/**
 * The parameters each generated network really has, by instantiating it with
 * msref (the repository's test-only reference of MindSpore semantics), against
 * its checkpoint: the same names with the same shapes (loading matches by name, so order is free).
 */
export function cellParameterProblems(conversions: Map<string, GraphConversion>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'graph-cells-'));
  try {
    const files = [...conversions].map(([name, conversion], i) => {
      const file = join(dir, `net${i}.py`);
      writeFileSync(file, conversion.code);
      return [name, file];
    });
    const script = join(__dirname, 'cell_parameters.py');
    const out = execFileSync(PYTHON, [script], { input: JSON.stringify(files), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const networks = JSON.parse(out) as Record<string, [string, number[]][] | { error: string }>;
    const problems: string[] = [];
    for (const [name, conversion] of conversions) {
      const params = networks[name];
      if (!Array.isArray(params)) {
        problems.push(`${name}: the generated network does not build: ${params?.error}`);
        continue;
      }
      const checkpoint = readCheckpoint(conversion.checkpoint).map(e => `${e.name} (${e.dims.length === 1 && e.dims[0] === 0 ? '' : e.dims})`).sort();
      const network = params.map(([param, shape]) => `${param} (${shape})`).sort();
      if (checkpoint.join('\n') !== network.join('\n')) {
        const missing = checkpoint.filter(c => !network.includes(c)).slice(0, 3);
        const extra = network.filter(c => !checkpoint.includes(c)).slice(0, 3);
        problems.push(`${name}: checkpoint and network parameters differ (only in the checkpoint: ${missing.join(', ') || '-'}; only in the network: ${extra.join(', ') || '-'})`);
      }
    }
    return problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** py_compile over many generated files in one interpreter; returns the failures. */
export function pyCompileAll(codes: Map<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'graph-mode-'));
  try {
    const files = [...codes].map(([name, code], i) => {
      const file = join(dir, `m${i}.py`);
      writeFileSync(file, code);
      return [name, file];
    });
    const script = 'import py_compile, sys, json\nbad = []\nfor name, f in json.load(sys.stdin):\n    try: py_compile.compile(f, doraise=True)\n    except Exception as e: bad.append(name + ": " + str(e).splitlines()[0])\nprint(json.dumps(bad))';
    const out = execFileSync(PYTHON, ['-c', script], { input: JSON.stringify(files), encoding: 'utf8' });
    return JSON.parse(out) as string[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
