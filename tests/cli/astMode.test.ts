import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { main } from '../../src/cli/main';

const LENET = resolve(__dirname, '../../examples/lenet.py');

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: t => (stdout += t), stderr: t => (stderr += t) });
  return { code, stdout, stderr };
}

describe('mindconverter --in_file (AST mode)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mc-ast-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the converted file and the MindConverter report', async () => {
    const result = await run(['--in_file', LENET, '--output', join(dir, 'out'), '--report', join(dir, 'rep')]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^converted .*lenet\.py -> .*out\/lenet\.py/);
    const code = readFileSync(join(dir, 'out', 'lenet.py'), 'utf8');
    expect(code).toContain('class LeNet(nn.Cell):');
    expect(code).toContain('    def construct(self, x):');
    expect(code).toContain("self.conv1 = nn.Conv2d(1, 6, 5, pad_mode='pad', padding=2, has_bias=True)");
    const report = readFileSync(join(dir, 'rep', 'report_of_lenet.txt'), 'utf8');
    expect(report.startsWith('[Start Convert]\n')).toBe(true);
    expect(report.endsWith('[Convert Over]\n')).toBe(true);
    expect(report).toContain("line 7:12: [Convert] 'nn.Module' is converted to 'nn.Cell'.");
  });

  it('never overwrites an existing output without --overwrite', async () => {
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'lenet.py'), 'keep me');
    const refused = await run(['--in_file', LENET, '--output', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^mindconverter: error: .*lenet\.py already exists; not overwriting it \(use --overwrite to replace it\)\n$/);
    expect(readFileSync(join(out, 'lenet.py'), 'utf8')).toBe('keep me');
    expect(existsSync(join(out, 'report_of_lenet.txt'))).toBe(false);
    const replaced = await run(['--in_file', LENET, '--output', out, '--overwrite']);
    expect(replaced.code).toBe(0);
    expect(readFileSync(join(out, 'lenet.py'), 'utf8')).toContain('nn.Cell');
  });

  it.each([
    [['--in_file', 'no/such/file.py'], 1, /cannot read no\/such\/file\.py: no such file/],
    [['--in_file', 'notes.txt'], 1, /--in_file takes a \.py file/],
    [['--in_file', LENET, '--mindspore_version', '1.9'], 2, /invalid --mindspore_version '1\.9'/]
  ])('fails clearly for %p', async (argv, code, message) => {
    const result = await run([...(argv as string[]), '--output', join(dir, 'out')]);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message as RegExp);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('converts a file with a syntax error and reports where', async () => {
    const bad = join(dir, 'bad.py');
    writeFileSync(bad, 'import torch\nx = torch.zeros(2, 3\ny = torch.ones(4)\n');
    const result = await run(['--in_file', bad, '--output', join(dir, 'out')]);
    expect(result.code).toBe(0);
    const report = readFileSync(join(dir, 'out', 'report_of_bad.txt'), 'utf8');
    expect(report).toMatch(/line \d+:\d+: \[Warning\] .*syntax error/);
  });
});
