import { convertNotebookContent } from '../../src/extension/notebookConversion';
import { ConversionEngine } from '../../src/extension/engine';
import { DEFAULT_SETTINGS } from '../../src/extension/settings';
import { REPORT_MIME_TYPE } from '../../src/extension/commandIds';
import { nodeParserAssets } from '../../src/node/assets';
import { convertSource } from '../../src/converter';
import { nodePythonParser } from '../../src/node/assets';

const engine = new ConversionEngine(async () => nodeParserAssets());

const notebook = {
  nbformat: 4,
  nbformat_minor: 5,
  metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
  cells: [
    { id: 'a', cell_type: 'markdown', source: '# LeNet', metadata: {} },
    {
      id: 'b',
      cell_type: 'code',
      source: ['import torch.nn as nn\n', 'layer = nn.Linear(3, 4)\n'],
      metadata: { tags: ['model'] },
      outputs: [{ output_type: 'stream', name: 'stdout', text: 'torch output' }],
      execution_count: 3
    },
    { id: 'c', cell_type: 'code', source: '', metadata: {}, outputs: [], execution_count: null },
    { id: 'd', cell_type: 'raw', source: 'torch.zeros(3)', metadata: {} }
  ]
} as any;

describe('convertNotebookContent with the real converter core', () => {
  it('converts code cells like the CLI, keeps the other cells, drops PyTorch outputs', async () => {
    const result = await convertNotebookContent(notebook, 'work/lenet.ipynb', DEFAULT_SETTINGS, (source, n) =>
      engine.convertCode(source, DEFAULT_SETTINGS, `cell ${n}`)
    );
    const cli = convertSource(await nodePythonParser(), 'import torch.nn as nn\nlayer = nn.Linear(3, 4)\n');
    const [markdown, code, empty, raw] = result.content.cells as any[];
    expect(markdown).toEqual(notebook.cells[0]);
    expect(raw).toEqual(notebook.cells[3]);
    expect(code.source).toBe(cli.code);
    expect(code.source).toContain('nn.Dense(3, 4)');
    expect(code.id).toBe('b');
    expect(code.metadata.tags).toEqual(['model']);
    expect(code.metadata.mindconverter).toMatchObject({ converted: true, mode: 'ast', fromCell: 'b' });
    expect(code.outputs).toHaveLength(1);
    expect(code.outputs[0].data[REPORT_MIME_TYPE].title).toBe('cell 2 of work/lenet.ipynb');
    expect(code.execution_count).toBeNull();
    expect(empty).toMatchObject({ cell_type: 'code', source: '', outputs: [], execution_count: null });
    expect(result.content.metadata.mindconverter).toEqual({ convertedFrom: 'work/lenet.ipynb' });
    expect(result.content.metadata.kernelspec).toEqual(notebook.metadata.kernelspec);
    expect(result.convertedCells).toBe(1);
    // The original is untouched.
    expect(notebook.cells[1].outputs).toHaveLength(1);
  });

  it('passes the target setting to the core', async () => {
    const source = 'import torch\ny = torch.matmul(torch.ones(2), torch.ones(2))\n';
    const mint = await engine.convertCode(source, { ...DEFAULT_SETTINGS, target: 'mint' });
    const classic = await engine.convertCode(source, DEFAULT_SETTINGS);
    expect(mint.code).toContain('mint.matmul(');
    expect(classic.code).not.toContain('mint');
  });
});
