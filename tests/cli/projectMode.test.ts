/**
 * Project mode on a temporary tree made of corpus files and a notebook built
 * from one of them: in this process (the inline path) and through the built
 * CLI in a child process (worker threads).
 */
import { execFileSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { describeWithShared, REPO_ROOT } from '../helpers/shared';

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: t => (stdout += t), stderr: t => (stderr += t) });
  return { code, stdout, stderr };
}

/** A notebook made of a corpus file: its imports in one cell, the rest in another, markdown and an output around. */
function notebookFrom(source: string): string {
  const lines = source.split('\n');
  const lastImport = lines.reduce((last, line, i) => (/^(import|from) /.test(line) ? i : last), 0);
  const cell = (text: string, n: number) => ({
    cell_type: 'code',
    execution_count: n,
    metadata: {},
    outputs: n === 2 ? [{ output_type: 'stream', name: 'stdout', text: ['ok\n'] }] : [],
    source: text
  });
  return JSON.stringify(
    {
      cells: [
        { cell_type: 'markdown', metadata: {}, source: '# LeNet on CIFAR\nfrom the corpus' },
        cell(['%matplotlib inline', ...lines.slice(0, lastImport + 1)].join('\n'), 1),
        cell(lines.slice(lastImport + 1).join('\n'), 2)
      ],
      metadata: {},
      nbformat: 4,
      nbformat_minor: 5
    },
    null,
    1
  );
}

describeWithShared('mindconverter --in_file DIR (project mode)', shared => {
  const corpus = join(shared, 'corpus', 'files');
  let dir: string;
  let project: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mc-project-'));
    project = join(dir, 'project');
    mkdirSync(join(project, 'models', '__pycache__'), { recursive: true });
    mkdirSync(join(project, 'notebooks'));
    mkdirSync(join(project, '.git'));
    copyFileSync(join(corpus, 'cifar_resnet.py'), join(project, 'models', 'resnet.py'));
    copyFileSync(join(corpus, 'cifar_vgg.py'), join(project, 'models', 'vgg.py'));
    copyFileSync(join(corpus, 'ex_mnist_main.py'), join(project, 'train.py'));
    writeFileSync(join(project, 'notebooks', 'lenet.ipynb'), notebookFrom(readFileSync(join(corpus, 'cifar_lenet.py'), 'utf8')));
    writeFileSync(join(project, 'models', '__pycache__', 'skip.py'), 'import torch\n');
    writeFileSync(join(project, '.git', 'hook.py'), 'import torch\n');
    writeFileSync(join(project, 'README.md'), 'not converted');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('converts every .py and notebook, with reports and a summary', async () => {
    const out = join(dir, 'out');
    const result = await run(['--in_file', project, '--output', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['models', 'notebooks', 'report_of_train.txt', 'summary_of_project.txt', 'train.py']);
    expect(readdirSync(join(out, 'models')).sort()).toEqual(['report_of_resnet.txt', 'report_of_vgg.txt', 'resnet.py', 'vgg.py']);
    expect(readdirSync(join(out, 'notebooks')).sort()).toEqual(['lenet.ipynb', 'report_of_lenet.ipynb.txt']);

    expect(readFileSync(join(out, 'models', 'resnet.py'), 'utf8')).toContain('class BasicBlock(nn.Cell):');
    const notebook = JSON.parse(readFileSync(join(out, 'notebooks', 'lenet.ipynb'), 'utf8'));
    expect(notebook.cells[0]).toEqual({ cell_type: 'markdown', metadata: {}, source: '# LeNet on CIFAR\nfrom the corpus' });
    expect(notebook.cells[1].source[0]).toBe('%matplotlib inline\n');
    expect(notebook.cells[2].source.join('')).toContain('class LeNet(nn.Cell):');
    expect(notebook.cells[2].outputs).toEqual([{ output_type: 'stream', name: 'stdout', text: ['ok\n'] }]);
    expect(readFileSync(join(out, 'notebooks', 'report_of_lenet.ipynb.txt'), 'utf8')).toMatch(/^cell 3 line \d+:\d+: \[Convert\] 'nn.Module' is converted to 'nn.Cell'\.$/m);

    const summary = readFileSync(join(out, 'summary_of_project.txt'), 'utf8');
    expect(result.stdout).toBe(summary);
    const lines = summary.trimEnd().split('\n');
    expect(lines[0]).toBe(`[Project Conversion] ${project} (target classic, MindSpore 2.6.0)`);
    expect(lines.slice(1, -1).map(line => line.split(':')[0])).toEqual(['models/resnet.py', 'models/vgg.py', 'notebooks/lenet.ipynb', 'train.py']);
    expect(lines[1]).toMatch(/^models\/resnet.py: \d+ converted, 0 not converted, 100\.00%, 0 warnings \(fully converted\)$/);
    expect(lines[4]).toMatch(/^train.py: \d+ converted, [1-9]\d* not converted, \d+\.\d\d%, \d+ warnings$/);
    expect(lines[5]).toMatch(/^\[Summary\] 4 files \(3 \.py, 1 \.ipynb\): \d+ converted, \d+ not converted, rate \d+\.\d\d%, 3 files fully converted, 0 warnings$/);
  });

  it('never overwrites: an existing output stops the run before anything is written', async () => {
    const out = join(dir, 'out');
    mkdirSync(join(out, 'models'), { recursive: true });
    writeFileSync(join(out, 'models', 'vgg.py'), 'keep me');
    const result = await run(['--in_file', project, '--output', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^mindconverter: error: .*models\/vgg.py already exists; not overwriting it/);
    expect(readFileSync(join(out, 'models', 'vgg.py'), 'utf8')).toBe('keep me');
    expect(existsSync(join(out, 'train.py'))).toBe(false);
  });

  it('refuses to write over the project', async () => {
    const result = await run(['--in_file', project, '--output', project, '--overwrite']);
    expect(result).toMatchObject({ code: 1 });
    expect(result.stderr).toContain('is the project itself: converted files would replace the sources');
    expect(readFileSync(join(project, 'train.py'), 'utf8')).toBe(readFileSync(join(corpus, 'ex_mnist_main.py'), 'utf8'));
  });

  it('converts what it can and names the files it could not', async () => {
    writeFileSync(join(project, 'notebooks', 'broken.ipynb'), '{"cells": ');
    const out = join(dir, 'out');
    const result = await run(['--in_file', project, '--output', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^mindconverter: error: 1 of 5 files could not be converted \(the others were written\): notebooks\/broken.ipynb: broken.ipynb is not valid JSON/);
    expect(existsSync(join(out, 'train.py'))).toBe(true);
    expect(readFileSync(join(out, 'summary_of_project.txt'), 'utf8')).toContain('notebooks/broken.ipynb: not converted: broken.ipynb is not valid JSON');
  });

  it('runs on worker threads from the built CLI, with the same outputs', () => {
    const cli = join(REPO_ROOT, 'lib', 'cli', 'main.js');
    expect({ built: existsSync(cli), hint: 'run npm run build first' }).toMatchObject({ built: true });
    const out = join(dir, 'out-cli');
    const stdout = execFileSync(process.execPath, [join(REPO_ROOT, 'bin', 'mindconverter.js'), '--in_file', project, '--output', out, '--target', 'mint'], {
      encoding: 'utf8'
    });
    expect(stdout).toBe(readFileSync(join(out, 'summary_of_project.txt'), 'utf8'));
    expect(stdout.split('\n')[0]).toBe(`[Project Conversion] ${project} (target mint, MindSpore 2.6.0)`);
    expect(readFileSync(join(out, 'models', 'vgg.py'), 'utf8')).toContain('nn.Cell');
    expect(JSON.parse(readFileSync(join(out, 'notebooks', 'lenet.ipynb'), 'utf8')).cells).toHaveLength(3);
  });
});
