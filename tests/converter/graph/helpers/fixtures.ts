/**
 * Real ONNX exports for the graph-mode tests: tests/fixtures/export_models.py
 * (Debian's torch, random weights, the kernel-side exporter) writes them into
 * tests/fixtures/.cache/torch-<version>/opset-<N>/ on first use; later runs
 * reuse them. Nothing exported is committed.
 */
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { REPO_ROOT, sharedDir } from '../../../helpers/shared';

export const PYTHON = '/usr/bin/python3';

export interface FixtureCase {
  id: string;
  file: string;
  inputs: { name: string; shape: number[]; dtype: string }[];
  export_error?: string;
}

export interface Fixture {
  case: FixtureCase;
  onnx: string;
  tree: string;
  state: string;
}

let torchVersion: string | undefined;

export function installedTorch(): string {
  if (!torchVersion) {
    try {
      torchVersion = execFileSync(PYTHON, ['-c', 'import torch; print(torch.__version__)'], { encoding: 'utf8' }).trim();
    } catch {
      throw new Error(`${PYTHON} cannot import torch: install python3-torch (make deps) to export the graph-mode fixtures`);
    }
  }
  return torchVersion;
}

/** The file stem of a case id, as export_models.py names it. */
export const safeId = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_').replace(/^_+|_+$/g, '');

/** Exports (once) and lists the fixtures for an opset; `only` (case ids) limits which cases are exported. */
export function ensureFixtures(opset: number, only?: string[]): Fixture[] {
  const dir = join(REPO_ROOT, 'tests', 'fixtures', '.cache', `torch-${installedTorch()}`, `opset-${opset}`);
  const stems = only?.map(safeId);
  // Keyed by the export script's content: a changed script (new cases) exports again, into the same cache.
  const script = join(REPO_ROOT, 'tests', 'fixtures', 'export_models.py');
  const version = createHash('sha1').update(readFileSync(script)).digest('hex').slice(0, 10);
  const stamp = join(dir, `index-${version}${stems ? `-${stems.join('+').slice(0, 160)}` : ''}.json`);
  if (!existsSync(stamp)) {
    const args = [script, '--out', dir, '--opset', String(opset), '--index', stamp];
    if (stems) args.push('--only', stems.join(','));
    const shared = sharedDir();
    execFileSync(PYTHON, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...(shared ? { MINDCONVERTER_SHARED: shared } : {}) },
      maxBuffer: 64 * 1024 * 1024
    });
  }
  const index = JSON.parse(readFileSync(stamp, 'utf8')) as { cases: FixtureCase[] };
  return index.cases.map(c => ({
    case: c,
    onnx: join(dir, `${c.file}.onnx`),
    tree: join(dir, `${c.file}.tree.json`),
    state: join(dir, `${c.file}.state.json`)
  }));
}
