import { convertCells, convertNotebook, convertSource, NotebookError, PythonParser, renderText } from '../../../src/converter';
import { nodePythonParser } from '../../../src/node/assets';

let parser: PythonParser;
beforeAll(async () => {
  parser = await nodePythonParser();
});

const convert = (source: string) => convertSource(parser, source, { fileName: 'nb.ipynb' });

function notebook(cells: object[]): string {
  return JSON.stringify({ cells, metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } }, nbformat: 4, nbformat_minor: 5 }, null, 1);
}

const CELLS = [
  { cell_type: 'markdown', metadata: {}, source: ['# A small net\n', 'Converted *cell by cell*.'] },
  { cell_type: 'code', execution_count: 1, metadata: {}, outputs: [], source: ['%matplotlib inline\n', 'import torch\n', 'import torch.nn as nn\n', 'import torch.nn.functional as F'] },
  {
    cell_type: 'code',
    execution_count: 2,
    metadata: { tags: ['model'] },
    outputs: [{ output_type: 'stream', name: 'stdout', text: ['built\n'] }],
    source: [
      'class Net(nn.Module):\n',
      '    def __init__(self):\n',
      '        super().__init__()\n',
      '        self.fc = nn.Linear(4, 2)\n',
      '\n',
      '    def forward(self, x):\n',
      '        return F.relu(self.fc(x))\n',
      "print('built')"
    ]
  },
  { cell_type: 'code', execution_count: 3, metadata: {}, outputs: [], source: '%%bash\necho torch.flatten' },
  { cell_type: 'code', execution_count: 4, metadata: {}, outputs: [], source: 'y = torch.flatten(torch.zeros(2, 3), 1)\n!ls' }
];

describe('convertNotebook', () => {
  const result = () => convertNotebook(notebook(CELLS), convert, 'net.ipynb');

  it('converts code cells in one namespace and keeps markdown, outputs and metadata', () => {
    const converted = JSON.parse(result().notebook);
    expect(converted.metadata).toEqual({ kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } });
    expect(converted.cells[0]).toEqual(CELLS[0]);
    expect(converted.cells[2].outputs).toEqual(CELLS[2].outputs);
    expect(converted.cells[2].metadata).toEqual({ tags: ['model'] });
    expect(converted.cells[2].execution_count).toBe(2);
    expect(converted.cells[1].source.join('')).toBe('%matplotlib inline\nfrom mindspore import nn\nfrom mindspore import ops');
    expect(converted.cells[2].source.join('')).toBe(
      [
        'class Net(nn.Cell):',
        '    def __init__(self):',
        '        super().__init__()',
        '        self.fc = nn.Dense(4, 2)',
        '',
        '    def construct(self, x):',
        '        return ops.relu(self.fc(x))',
        "print('built')"
      ].join('\n')
    );
    expect(converted.cells[3].source).toBe('%%bash\necho torch.flatten');
    expect(converted.cells[4].source.join('')).toBe('y = ops.flatten(ops.zeros((2, 3)), start_dim=1)\n!ls');
  });

  it('reports each entry in its cell, with lines counted in the cell', () => {
    const { report, codeCells } = result();
    expect(codeCells).toBe(4);
    const linear = report.entries.find(entry => entry.original === 'nn.Linear');
    expect(linear).toMatchObject({ kind: 'convert', cell: 2, line: 4, column: 18 });
    const flatten = report.entries.find(entry => entry.original === 'torch.flatten');
    expect(flatten).toMatchObject({ cell: 4, line: 1, column: 4 });
    expect(report.entries.find(entry => entry.kind === 'info' && entry.original === '%%bash')).toMatchObject({ cell: 3 });
    expect(renderText(report)).toContain("cell 3 line 4:18: [Convert] 'nn.Linear' is converted to 'nn.Dense'.");
  });

  it('rejects what is not a notebook', () => {
    expect(() => convertNotebook('{"cells": 3}', convert, 'bad.ipynb')).toThrow(new NotebookError('bad.ipynb is not a Jupyter notebook (no "cells" list)'));
    expect(() => convertNotebook('not json', convert, 'x.ipynb')).toThrow(/x.ipynb is not valid JSON/);
    expect(() => convertNotebook(JSON.stringify({ cells: [], nbformat: 3 }), convert, 'old.ipynb')).toThrow(/nbformat 3/);
  });
});

describe('convertCells', () => {
  it('resolves names imported in an earlier cell', () => {
    const cells = convertCells(['import torch', 'x = torch.ones(3)', 'z = x.view(3, 1)'], convert);
    expect(cells.map(cell => cell.code)).toEqual(['from mindspore import ops', 'x = ops.ones((3,))', 'z = x.view(3, 1)']);
  });

  it('leaves a notebook without Python cells as it is', () => {
    expect(convertCells(['%%html\n<b>hi</b>'], convert)).toEqual([
      { code: '%%html\n<b>hi</b>', entries: [expect.objectContaining({ kind: 'info', original: '%%html' })] }
    ]);
  });
});
