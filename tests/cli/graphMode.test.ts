/**
 * mindconverter --model_file: an .onnx (with the module tree beside it when
 * present) and a .pth exported by the kernel-side exporter's CLI with
 * Debian's torch, in a real subprocess.
 */
import { execFileSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readCheckpoint } from '../../src/converter';
import { findTorchPython } from '../../src/cli/graphMode';
import { main } from '../../src/cli/main';
import { ensureFixtures, PYTHON } from '../converter/graph/helpers/fixtures';

jest.setTimeout(10 * 60 * 1000);

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: t => (stdout += t), stderr: t => (stderr += t) });
  return { code, stdout, stderr };
}

const NET = `import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)
        self.bn = nn.BatchNorm2d(4)
        self.drop = nn.Dropout(0.3)
        self.fc = nn.Linear(4 * 8 * 8, 5)

    def forward(self, x):
        x = torch.relu(self.bn(self.conv(x)))
        return self.fc(self.drop(torch.flatten(x, 1)))
`;

describe('mindconverter --model_file (graph mode)', () => {
  let dir: string;
  const [mnist] = ensureFixtures(13, ['ex_mnist_main:Net()']);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mc-graph-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('converts an .onnx with the module tree beside it: code, checkpoint, weight map, report', async () => {
    copyFileSync(mnist.onnx, join(dir, 'mnist.onnx'));
    copyFileSync(mnist.tree, join(dir, 'mnist.tree.json'));
    const result = await run(['--model_file', join(dir, 'mnist.onnx'), '--output', join(dir, 'out'), '--report', join(dir, 'rep')]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/module tree used.*0 placeholders/);
    const code = readFileSync(join(dir, 'out', 'mnist.py'), 'utf8');
    expect(code).toContain('self.dropout1 = nn.Dropout(p=0.25)');
    const weightMap = JSON.parse(readFileSync(join(dir, 'out', 'weight_map_of_mnist.json'), 'utf8'));
    const checkpoint = readCheckpoint(readFileSync(join(dir, 'out', 'mnist.ckpt')));
    expect(checkpoint.map(e => e.name)).toEqual(weightMap.weights.map((w: { mindspore: string }) => w.mindspore));
    expect(checkpoint.map(e => e.name)).toEqual(['conv1.weight', 'conv1.bias', 'conv2.weight', 'conv2.bias', 'fc1.weight', 'fc1.bias', 'fc2.weight', 'fc2.bias']);
    const report = readFileSync(join(dir, 'rep', 'report_of_mnist.txt'), 'utf8');
    expect(report).toMatch(/\[Convert Over\]\nConverted Rate: 100\.00%\.\n$/);
  });

  it('never overwrites: an existing output stops the whole write', async () => {
    copyFileSync(mnist.onnx, join(dir, 'mnist.onnx'));
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'mnist.ckpt'), 'keep me');
    const refused = await run(['--model_file', join(dir, 'mnist.onnx'), '--output', join(dir, 'out')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^mindconverter: error: .*mnist\.ckpt already exists/);
    expect(readFileSync(join(dir, 'out', 'mnist.ckpt'), 'utf8')).toBe('keep me');
    expect(existsSync(join(dir, 'out', 'mnist.py'))).toBe(false);
  });

  it('exports a whole pickled .pth with python3 + torch, importing its class from --project_path', async () => {
    mkdirSync(join(dir, 'project'));
    writeFileSync(join(dir, 'project', 'mynet.py'), NET);
    execFileSync(PYTHON, ['-c', `import sys, torch; sys.path.insert(0, ${JSON.stringify(join(dir, 'project'))}); import mynet; torch.save(mynet.Net().eval(), ${JSON.stringify(join(dir, 'net.pth'))})`]);
    const result = await run(['--model_file', join(dir, 'net.pth'), '--shape', '3,8,8', '--project_path', join(dir, 'project'), '--output', join(dir, 'out')]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const code = readFileSync(join(dir, 'out', 'net.py'), 'utf8');
    expect(code).toContain('class Net(nn.Cell):');
    expect(code).toContain('self.bn = nn.BatchNorm2d(4)');
    expect(code).toContain('self.drop = nn.Dropout(p=0.3)');
    // 3,8,8 got batch 1 prepended
    expect(code).toContain('Inputs: input float32 (1, 3, 8, 8).');
  });

  it('exports a state dict with --model_class', async () => {
    mkdirSync(join(dir, 'project'));
    writeFileSync(join(dir, 'project', 'mynet.py'), NET);
    execFileSync(PYTHON, ['-c', `import sys, torch; sys.path.insert(0, ${JSON.stringify(join(dir, 'project'))}); import mynet; torch.save(mynet.Net().state_dict(), ${JSON.stringify(join(dir, 'weights.pth'))})`]);
    const result = await run(['--model_file', join(dir, 'weights.pth'), '--shape', '1,3,8,8', '--model_class', 'mynet:Net', '--project_path', join(dir, 'project'), '--output', join(dir, 'out')]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(readCheckpoint(readFileSync(join(dir, 'out', 'weights.ckpt'))).map(e => e.name)).toContain('bn.moving_variance');
  });

  it('says clearly when the class of a pickled model cannot be imported', async () => {
    mkdirSync(join(dir, 'project'));
    writeFileSync(join(dir, 'project', 'mynet.py'), NET);
    execFileSync(PYTHON, ['-c', `import sys, torch; sys.path.insert(0, ${JSON.stringify(join(dir, 'project'))}); import mynet; torch.save(mynet.Net(), ${JSON.stringify(join(dir, 'net.pth'))})`]);
    const result = await run(['--model_file', join(dir, 'net.pth'), '--shape', '1,3,8,8', '--output', join(dir, 'out')]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^mindconverter: error: exporting .*net\.pth failed: .*mynet/);
  });

  it.each([
    [['--model_file', 'missing.onnx'], 1, /cannot read missing\.onnx: no such file/],
    [['--model_file', '.'], 1, /is a directory/],
    [['--model_file', 'model.txt'], 1, /takes an \.onnx file/],
    [['--model_file', 'net.pth'], 2, /needs its input shape/]
  ])('refuses %p with one line', async (argv, code, message) => {
    writeFileSync(join(dir, 'model.txt'), 'x');
    writeFileSync(join(dir, 'net.pth'), 'x');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const result = await run([...argv, '--output', join(dir, 'out')]);
      expect(result.code).toBe(code);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      process.chdir(cwd);
    }
  });

  it('reports a file that is not ONNX as such', async () => {
    writeFileSync(join(dir, 'bad.onnx'), Buffer.from('this is not a protobuf'));
    const result = await run(['--model_file', join(dir, 'bad.onnx'), '--output', join(dir, 'out')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^mindconverter: error: cannot convert .*bad\.onnx: not a valid ONNX model/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('names the interpreters it tried when none has torch', () => {
    expect(() => findTorchPython(['/nonexistent/python3'])).toThrow(/needs a python3 with torch \(tried \/nonexistent\/python3\)/);
  });
});
