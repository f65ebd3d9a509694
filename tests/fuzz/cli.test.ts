/**
 * Fuzzing the command line: every scenario of harness/cliScenarios.ts (bad
 * shapes, unknown flags, missing files, directories for files, unwritable or
 * blocked outputs, existing outputs, and successes), with random harmless
 * variations, through main() in this process; a sample of them through the
 * built CLI in a child process. Property: the right exit code, one clear
 * line on stderr for a failure, and no file clobbered.
 */
import { spawnSync } from 'child_process';
import fc from 'fast-check';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { main } from '../../src/cli/main';
import { TextEdit } from '../../src/converter';
import { convertWithEdits } from '../../src/converter/ast';
import { nodePythonParser } from '../../src/node/assets';
import { fuzzParameters, fuzzTimeout } from './harness/budget';
import { CliRun, cliViolations, Scenario, scenarios, snapshot, varied, variations, workDir } from './harness/cliScenarios';

const REPO = resolve(__dirname, '..', '..');
const BUILT_CLI = join(REPO, 'bin', 'mindconverter.js');

async function runInProcess(argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: text => (stdout += text), stderr: text => (stderr += text) });
  return { code, stdout, stderr };
}

function runChild(argv: string[]): CliRun {
  const child = spawnSync(process.execPath, [BUILT_CLI, ...argv], { encoding: 'utf8', timeout: 120_000 });
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}

async function check(scenario: Scenario, run: (argv: string[]) => Promise<CliRun> | CliRun, vary?: [number[], boolean[]]): Promise<void> {
  const dir = workDir();
  try {
    const base = scenario.argv(dir);
    const argv = vary ? varied(base, ...vary) : base;
    const before = snapshot(dir);
    const violations = cliViolations(scenario, await run(argv), dir, before);
    if (violations.length > 0) {
      throw new Error(`${scenario.name}: ${JSON.stringify(argv)}\n${violations.join('\n')}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('mindconverter on bad and good command lines', () => {
  it.each(scenarios.map(scenario => [scenario.name, scenario] as const))('%s', async (_name, scenario) => {
    await check(scenario, runInProcess);
  });

  it('any scenario, with its flags reordered and written as --flag=value, in this process', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...scenarios), variations, async (scenario, vary) => check(scenario, runInProcess, vary)),
      fuzzParameters(60)
    );
  }, fuzzTimeout(60, 300));
});

/**
 * The bytes a conversion must produce: the input's bytes outside the edited
 * ranges, unchanged and in order, and each edit's text in the file's
 * encoding (UTF-8, or one byte per character when the input is not UTF-8).
 */
function expectedBytes(input: Buffer, text: string, edits: readonly TextEdit[], utf8: boolean, bom: boolean): Buffer {
  const byteOffset = (offset: number) => (bom ? 3 : 0) + (utf8 ? Buffer.byteLength(text.slice(0, offset), 'utf8') : offset);
  const parts: Buffer[] = [];
  let cursor = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    parts.push(input.subarray(cursor, byteOffset(edit.start)), Buffer.from(edit.text, utf8 ? 'utf8' : 'latin1'));
    cursor = byteOffset(edit.end);
  }
  parts.push(input.subarray(cursor));
  return Buffer.concat(parts);
}

describe('source files in any encoding', () => {
  const lenet = readFileSync(join(REPO, 'examples', 'lenet.py'));
  const files = fc
    .tuple(fc.boolean(), fc.boolean(), fc.uint8Array({ maxLength: 60 }), fc.nat(), fc.boolean())
    .map(([bom, crlf, noise, at, commentOnly]) => {
      const body = Buffer.from(crlf ? lenet.toString('latin1').replace(/\n/g, '\r\n') : lenet.toString('latin1'), 'latin1');
      // Random bytes in a comment (commentOnly) or anywhere, NUL excluded (a NUL makes it "not a text file").
      const bytes = Buffer.from(noise.map(byte => (byte === 0 || byte === 10 || byte === 13 ? 0x41 : byte)));
      const cut = commentOnly ? body.indexOf('# ') + 2 : at % body.length;
      return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), body.subarray(0, cut), bytes, body.subarray(cut)]);
    });

  it('are written back byte for byte outside the converted ranges (BOM, CRLF, bytes that are not UTF-8)', async () => {
    const parser = await nodePythonParser();
    await fc.assert(
      fc.asyncProperty(files, async input => {
        const dir = workDir();
        try {
          writeFileSync(join(dir, 'input.py'), input);
          const run = await runInProcess(['--in_file', join(dir, 'input.py'), '--output', join(dir, 'out')]);
          expect(run).toMatchObject({ code: 0, stderr: '' });
          const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
          const body = input.subarray(bom ? 3 : 0);
          let utf8 = true;
          try {
            new TextDecoder('utf-8', { fatal: true }).decode(body);
          } catch {
            utf8 = false;
          }
          const text = utf8 ? body.toString('utf8') : body.toString('latin1');
          const { edits } = convertWithEdits(parser, text, { fileName: 'input.py' });
          expect(readFileSync(join(dir, 'out', 'input.py')).equals(expectedBytes(input, text, edits, utf8, bom))).toBe(true);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      fuzzParameters(30)
    );
  }, fuzzTimeout(30, 300));
});

const SAMPLE = ['--shape "3,a,224"', 'unknown flag', 'missing source', 'a directory as the model', 'unwritable output directory', 'existing output', 'a conversion', '--version'];

(existsSync(join(REPO, 'lib', 'cli', 'main.js')) ? describe : describe.skip)('the built CLI in a child process (npm run build)', () => {
  it.each(SAMPLE)('%s', async name => {
    const scenario = scenarios.find(candidate => candidate.name === name);
    expect(scenario).toBeDefined();
    await check(scenario!, runChild);
  }, 120_000);
});
