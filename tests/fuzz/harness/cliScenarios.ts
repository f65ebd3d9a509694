/**
 * CLI invocations with one defect each (or none), and what the CLI must do:
 * the exit code (0 done, 1 failed, 2 usage), one clear line on stderr for a
 * failure, and no file of the user's changed unless --overwrite allowed it.
 */
import fc from 'fast-check';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

const REPO = resolve(__dirname, '..', '..', '..');

/** A work directory with the inputs the scenarios name. */
export function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mc-cli-fuzz-'));
  copyFileSync(join(REPO, 'examples', 'lenet.py'), join(dir, 'lenet.py'));
  writeFileSync(join(dir, 'nul.py'), 'import torch\nx = 1\u0000\n');
  writeFileSync(join(dir, 'notes.txt'), 'not python\n');
  writeFileSync(join(dir, 'garbage.onnx'), Buffer.from('\x08\x07\x12\x04not an onnx model', 'latin1'));
  mkdirSync(join(dir, 'models'));
  mkdirSync(join(dir, 'existing'));
  writeFileSync(join(dir, 'existing', 'lenet.py'), 'keep me\n');
  writeFileSync(join(dir, 'a_file'), 'a file where a directory is expected\n');
  return dir;
}

/** A directory no write can go into: read-only for a normal user; for root (whom modes do not stop), a path under /sys. */
export function unwritableDir(dir: string): string {
  if (process.getuid?.() === 0) {
    return '/sys/mindconverter-fuzz-output';
  }
  const locked = join(dir, 'locked');
  mkdirSync(locked, { recursive: true });
  chmodSync(locked, 0o555);
  return join(locked, 'out');
}

export interface Scenario {
  name: string;
  argv: (dir: string) => string[];
  exitCode: 0 | 1 | 2;
  /** What the single stderr line must say (failures). */
  message?: RegExp;
  /** The output files a success writes (relative to the work directory). */
  writes?: string[];
}

const BAD_SHAPES = ['3,a,224', '-1', '0', '', ' ', '1,,2', '1.5', '1e3', ',', '3,224,', '0x10', '1,-3,224,224', '１,３', '99999999999999999999'];

export const usageErrors: Scenario[] = [
  ...BAD_SHAPES.map(shape => ({
    name: `--shape ${JSON.stringify(shape)}`,
    argv: (dir: string) => ['--model_file', join(dir, 'garbage.onnx'), '--shape', shape, '--output', join(dir, 'out')],
    exitCode: 2 as const,
    message: /invalid shape/
  })),
  { name: 'unknown flag', argv: dir => ['--in_file', join(dir, 'lenet.py'), '--in-file', 'x', '--output', join(dir, 'out')], exitCode: 2, message: /unknown argument '--in-file(=x)?'/ },
  { name: 'flag without its value', argv: dir => ['--in_file', join(dir, 'lenet.py'), '--output'], exitCode: 2, message: /--output needs a value/ },
  { name: 'bad target', argv: dir => ['--in_file', join(dir, 'lenet.py'), '--target', 'gpu', '--output', join(dir, 'out')], exitCode: 2, message: /invalid --target 'gpu'/ },
  { name: 'no input', argv: dir => ['--output', join(dir, 'out')], exitCode: 2, message: /one of --in_file or --model_file is required/ },
  {
    name: 'both inputs',
    argv: dir => ['--in_file', join(dir, 'lenet.py'), '--model_file', join(dir, 'garbage.onnx'), '--output', join(dir, 'out')],
    exitCode: 2,
    message: /cannot be used together/
  },
  { name: 'value for a flag without one', argv: dir => ['--in_file', join(dir, 'lenet.py'), '--overwrite=yes', '--output', join(dir, 'out')], exitCode: 2, message: /--overwrite takes no value/ },
  {
    name: 'unknown MindSpore version',
    argv: dir => ['--in_file', join(dir, 'lenet.py'), '--mindspore_version', '1.9', '--output', join(dir, 'out')],
    exitCode: 2,
    message: /invalid --mindspore_version '1\.9'/
  }
];

export const failures: Scenario[] = [
  { name: 'missing source', argv: dir => ['--in_file', join(dir, 'missing.py'), '--output', join(dir, 'out')], exitCode: 1, message: /no such file/ },
  { name: 'source that is not .py', argv: dir => ['--in_file', join(dir, 'notes.txt'), '--output', join(dir, 'out')], exitCode: 1, message: /takes a \.py file/ },
  { name: 'source with NUL bytes', argv: dir => ['--in_file', join(dir, 'nul.py'), '--output', join(dir, 'out')], exitCode: 1, message: /not a text file/ },
  { name: 'missing model', argv: dir => ['--model_file', join(dir, 'missing.onnx'), '--output', join(dir, 'out')], exitCode: 1 },
  { name: 'a directory as the model', argv: dir => ['--model_file', join(dir, 'models'), '--output', join(dir, 'out')], exitCode: 1 },
  { name: 'a model that is not ONNX', argv: dir => ['--model_file', join(dir, 'garbage.onnx'), '--shape', '1,3,224,224', '--output', join(dir, 'out')], exitCode: 1 },
  { name: 'unwritable output directory', argv: dir => ['--in_file', join(dir, 'lenet.py'), '--output', unwritableDir(dir)], exitCode: 1, message: /cannot write/ },
  { name: 'output directory that is a file', argv: dir => ['--in_file', join(dir, 'lenet.py'), '--output', join(dir, 'a_file')], exitCode: 1, message: /not a directory/ },
  {
    name: 'report directory that is a file',
    argv: dir => ['--in_file', join(dir, 'lenet.py'), '--output', join(dir, 'out'), '--report', join(dir, 'a_file')],
    exitCode: 1,
    message: /not a directory/
  },
  { name: 'existing output', argv: dir => ['--in_file', join(dir, 'lenet.py'), '--output', join(dir, 'existing')], exitCode: 1, message: /already exists; not overwriting it/ }
];

export const successes: Scenario[] = [
  { name: 'a conversion', argv: dir => ['--in_file', join(dir, 'lenet.py'), '--output', join(dir, 'out')], exitCode: 0, writes: ['out/lenet.py', 'out/report_of_lenet.txt'] },
  {
    name: 'a conversion with every option',
    argv: dir => ['--in_file=' + join(dir, 'lenet.py'), '--target', 'mint', '--mindspore_version=2.2.14', '--output', join(dir, 'out'), '--report', join(dir, 'reports')],
    exitCode: 0,
    writes: ['out/lenet.py', 'reports/report_of_lenet.txt']
  },
  {
    name: 'replacing an existing output with --overwrite',
    argv: dir => ['--overwrite', '--in_file', join(dir, 'lenet.py'), '--output', join(dir, 'existing')],
    exitCode: 0,
    writes: ['existing/lenet.py', 'existing/report_of_lenet.txt']
  },
  { name: '--version', argv: () => ['--version'], exitCode: 0, writes: [] },
  { name: '--help', argv: () => ['-h'], exitCode: 0, writes: [] }
];

export const scenarios: Scenario[] = [...usageErrors, ...failures, ...successes];

/** Every file under `dir` (not following /sys), with its bytes. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (path: string, relative: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) {
        files.set(`${relative}${name}/`, '');
        walk(full, `${relative}${name}/`);
      } else {
        files.set(`${relative}${name}`, readFileSync(full).toString('base64'));
      }
    }
  };
  walk(dir, '');
  return files;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** What must hold after `scenario` ran in `dir` (whose files were `before`). */
export function cliViolations(scenario: Scenario, run: CliRun, dir: string, before: Map<string, string>): string[] {
  const violations: string[] = [];
  if (run.code !== scenario.exitCode) {
    violations.push(`exit code ${run.code}, expected ${scenario.exitCode} (stderr ${JSON.stringify(run.stderr)})`);
  }
  const after = snapshot(dir);
  if (scenario.exitCode === 0) {
    if (run.stderr !== '') {
      violations.push(`stderr on success: ${JSON.stringify(run.stderr)}`);
    }
    const written = new Set(scenario.writes ?? []);
    for (const [path, bytes] of before) {
      if (after.get(path) !== bytes && !written.has(path)) {
        violations.push(`${path} changed`);
      }
    }
    for (const path of written) {
      if (!after.has(path)) {
        violations.push(`${path} was not written`);
      }
    }
    return violations;
  }
  if (!/^mindconverter: error: \S[^\n]*\n$/.test(run.stderr) || /\n\s+at /.test(run.stderr)) {
    violations.push(`stderr is not one 'mindconverter: error: ...' line: ${JSON.stringify(run.stderr)}`);
  } else if (scenario.message && !scenario.message.test(run.stderr)) {
    violations.push(`stderr ${JSON.stringify(run.stderr)} does not match ${scenario.message}`);
  }
  if (run.stdout !== '') {
    violations.push(`stdout on failure: ${JSON.stringify(run.stdout)}`);
  }
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter(path => before.get(path) !== after.get(path) && !path.startsWith('locked/'));
  if (changed.length > 0) {
    violations.push(`files changed although it failed: ${changed.join(', ')}`);
  }
  return violations;
}

/** The scenario's arguments with harmless variations: the order of the flag groups, `--flag value` or `--flag=value`. */
export function varied(argv: string[], order: number[], inline: boolean[]): string[] {
  const groups: string[][] = [];
  for (const arg of argv) {
    if (arg.startsWith('-') && !/^-\d/.test(arg)) {
      groups.push([arg]);
    } else if (groups.length > 0) {
      groups[groups.length - 1].push(arg);
    } else {
      groups.push([arg]);
    }
  }
  const shuffled = groups.map((group, i) => ({ group, key: order[i % order.length] ?? 0 })).sort((a, b) => a.key - b.key).map(entry => entry.group);
  return shuffled.flatMap((group, i) =>
    inline[i % inline.length] && group.length === 2 && group[0].startsWith('--') && !group[0].includes('=') && group[1] !== '' ? [`${group[0]}=${group[1]}`] : group
  );
}

export const variations = fc.tuple(fc.array(fc.nat(20), { minLength: 1, maxLength: 8 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }));
