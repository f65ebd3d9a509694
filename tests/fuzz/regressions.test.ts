/**
 * Minimal inputs of the failures the fuzz tests (source.test.ts, cli.test.ts)
 * found, each with what the converter must do with it now.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { PythonParser } from '../../src/converter';
import { parseBudgetMs, ParseTimeout } from '../../src/converter/parse/python';
import { convertWithEdits } from '../../src/converter/ast';
import { nodePythonParser } from '../../src/node/assets';
import { conversionViolations } from './harness/properties';
import { timeBoundMs } from './harness/worker';

let parser: PythonParser;
beforeAll(async () => {
  parser = await nodePythonParser();
});

function convert(source: string) {
  const conversion = convertWithEdits(parser, source);
  expect(conversion.report.entries.filter(entry => entry.note?.startsWith('internal error'))).toEqual([]);
  expect(conversionViolations(parser, source, { conversion, ms: 0 })).toEqual([]);
  return conversion;
}

describe('AST mode regressions found by fuzzing', () => {
  it('keeps an import statement that contains a syntax error (it removed the whole line)', () => {
    const source = 'from forwardfrom torch.nn import functional as F\nelif ';
    const { code, report } = convert(source);
    expect(code).toBe(source);
    expect(report.entries.filter(entry => entry.kind === 'warning').map(entry => entry.note)).toEqual([
      'syntax error: cannot parse this; line 1 is kept unchanged.',
      'syntax error: cannot parse this; line 2 is kept unchanged.'
    ]);
  });

  it('keeps the torch import that an unparsable line still uses (it was removed as unused)', () => {
    const source = 'import torch\nx = torch.zeros(2) )\ny = torch.ones(3)\n';
    const { code } = convert(source);
    expect(code).toBe('import torch\nfrom mindspore import ops\nx = torch.zeros(2) )\ny = ops.ones((3,))\n');
  });

  it('leaves the lines of a syntax error unchanged, and says why a call there is not converted', () => {
    const source = 'import torch\nx = torch.zeros(2); y = (\nz = torch.ones(3)\n';
    const { code, report } = convert(source);
    expect(code).toBe(source);
    expect(report.entries).toContainEqual(expect.objectContaining({ kind: 'warning', line: 2, note: 'syntax error: cannot parse this; lines 2-3 are kept unchanged.' }));
    expect(report.entries).toContainEqual(expect.objectContaining({ kind: 'unconvert', line: 2, original: 'torch.zeros', note: 'It is on a line that does not parse.' }));
    expect(report.entries).toContainEqual(expect.objectContaining({ kind: 'unconvert', line: 3, original: 'torch.ones', note: 'It is on a line that does not parse.' }));
  });

  it.each([
    ['parentheses', `import torch\ny = ${'('.repeat(5000)}torch.ones(1)${')'.repeat(5000)}\n`],
    ['calls', `import torch\ny = ${'torch.relu('.repeat(3000)}x${')'.repeat(3000)}\n`],
    ['a long sum', `import torch\ny = ${Array(6000).fill('torch.ones(1)').join(' + ')}\n`]
  ])('returns code nested thousands of levels deep (%s) unchanged with a clear warning (the stack overflowed: "internal error")', (_shape, source) => {
    const { code, report } = convert(source);
    expect(code).toBe(source);
    expect(report.entries).toEqual([
      expect.objectContaining({ kind: 'warning', line: 1, note: 'the code is nested too deeply to convert (thousands of levels); the source is returned unchanged' })
    ]);
  });

  const trainingLoop = [
    'import torch',
    'import torch.nn as nn',
    '',
    'model = nn.Linear(2, 1)',
    'optimizer = torch.optim.SGD(model.parameters(), lr=0.1)',
    'for x, y in data:',
    '\toptimizer.zero_grad()',
    '\tloss = ((model(x) - y) ** 2).mean()',
    '\tloss.backward()',
    '\toptimizer.step()',
    ''
  ];

  it('writes a rewritten training step with the file\'s tabs (it mixed in four spaces: a TabError)', () => {
    const { code } = convert(trainingLoop.join('\n'));
    expect(code).toContain('\tdef forward_fn(x, y):\n\t\tloss = ((model(x) - y) ** 2).mean()\n\t\treturn loss\n\tgrad_fn = ');
    expect(code).not.toMatch(/^\t* +\t|^ +\S/m);
  });

  it('writes a rewritten training step with the file\'s CRLF line ends (it wrote bare LF)', () => {
    const source = trainingLoop.map(line => line.replace(/^\t/, '    ')).join('\r\n');
    const { code } = convert(source);
    expect(code).toContain('def forward_fn(x, y):');
    expect(code).not.toMatch(/[^\r]\n/);
  });

  it('converts a line of 20,000 calls within the fuzz time bound (the edit set and the import pass were quadratic: 28 s and more)', () => {
    const source = `import torch\ny = [${'torch.zeros(1), '.repeat(20_000)}]\n`;
    const start = Date.now();
    const { code, edits } = convert(source);
    expect(Date.now() - start).toBeLessThan(timeBoundMs(source));
    expect(edits).toHaveLength(3 * 20_000 + 2);
    expect(code.startsWith('from mindspore import ops\ny = [ops.zeros((1,)), ')).toBe(true);
  });

  it('stops a parse that exceeds its time, and parses normally afterwards (tree-sitter took 20 s on a 300 KB line of emoji)', () => {
    const slow = `import torch\ny = [${'é中😀'.repeat(30_000)}]\n`;
    const start = Date.now();
    expect(() => parser.parse(slow, undefined, 100)).toThrow(ParseTimeout);
    expect(Date.now() - start).toBeLessThan(5000);
    const tree = parser.parse('import torch\n', undefined, 1000);
    expect(tree.rootNode.toString()).toBe('(module (import_statement name: (dotted_name (identifier))))');
    tree.delete();
    expect(parseBudgetMs(slow)).toBeLessThan(timeBoundMs(slow) / 2);
  });

  it('still converts nesting as deep as real code goes', () => {
    const source = `import torch\ny = ${'('.repeat(200)}torch.ones(1)${')'.repeat(200)} + ${Array(500).fill('torch.ones(1)').join(' + ')}\n`;
    const { code } = convert(source);
    expect(code).not.toContain('torch.ones');
    expect(code).toContain('ops.ones((1,))');
  });
});

describe('CLI regressions found by fuzzing', () => {
  async function cli(argv: string[]): Promise<{ code: number; stderr: string }> {
    let stderr = '';
    const code = await main(argv, { stdout: () => undefined, stderr: text => (stderr += text) });
    return { code, stderr };
  }

  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mc-regression-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects a shape dimension too large to be exact (it was read as 1e20)', async () => {
    const result = await cli(['--model_file', join(dir, 'm.onnx'), '--shape', '1,99999999999999999999', '--output', join(dir, 'out')]);
    expect(result).toEqual({ code: 2, stderr: "mindconverter: error: invalid shape '1,99999999999999999999': expected comma-separated positive integers, e.g. 1,3,224,224\n" });
  });

  it('keeps a UTF-8 byte-order mark (it was dropped)', async () => {
    writeFileSync(join(dir, 'bom.py'), Buffer.from('\ufeffimport torch\r\nx = torch.zeros(2)\r\n', 'utf8'));
    expect((await cli(['--in_file', join(dir, 'bom.py'), '--output', join(dir, 'out')])).code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'bom.py'))).toEqual(Buffer.from('\ufefffrom mindspore import ops\r\nx = ops.zeros((2,))\r\n', 'utf8'));
  });

  it('writes bytes that are not UTF-8 back unchanged (they became U+FFFD)', async () => {
    const latin1 = Buffer.from('import torch\n# caf\xe9, na\xefve: Latin-1\nx = torch.zeros(2)  # \xb5s\n', 'latin1');
    writeFileSync(join(dir, 'latin1.py'), latin1);
    expect((await cli(['--in_file', join(dir, 'latin1.py'), '--output', join(dir, 'out')])).code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'latin1.py'))).toEqual(Buffer.from('from mindspore import ops\n# caf\xe9, na\xefve: Latin-1\nx = ops.zeros((2,))  # \xb5s\n', 'latin1'));
  });
});
