import { Report, renderText, summarize, toReportJson } from '../../../src/converter';

const report: Report = {
  mode: 'ast',
  source: 'net.py',
  entries: [
    { kind: 'unconvert', line: 12, column: 8, original: 'torch.cuda.is_available', suggestion: 'mindspore.context.get_context' },
    { kind: 'convert', line: 1, column: 0, original: 'import torch', converted: 'import mindspore' },
    { kind: 'insert', original: 'from mindspore import ops', converted: 'from mindspore import ops' },
    { kind: 'convert', line: 3, column: 12, original: 'nn.Module', converted: 'nn.Cell' },
    { kind: 'convert', line: 3, column: 12, original: 'nn.Module', converted: 'nn.Cell' },
    { kind: 'convert', line: 3, column: 2, original: 'x', converted: 'y', note: 'by method name' }
  ]
};

describe('MindConverter report text', () => {
  it('orders by line then column, puts inserts first and collapses repeats', () => {
    expect(renderText(report)).toBe(
      [
        '[Start Convert]',
        "[Insert] 'from mindspore import ops' is inserted to the converted file.",
        "line 1:0: [Convert] 'import torch' is converted to 'import mindspore'.",
        "line 3:2: [Convert] 'x' is converted to 'y'. by method name",
        "line 3:12: [Convert] 'nn.Module' is converted to 'nn.Cell'.",
        "line 12:8: [UnConvert] 'torch.cuda.is_available' didn't convert. Maybe could convert to mindspore.context.get_context.",
        '[Convert Over]',
        ''
      ].join('\n')
    );
  });

  it('ends a graph-mode report with the converted rate', () => {
    const text = renderText({ ...report, mode: 'graph' });
    expect(text.trimEnd().split('\n').pop()).toBe('Converted Rate: 80.00%.');
  });

  it('summarises in JSON with the same entries', () => {
    const json = toReportJson(report);
    expect(json.summary).toEqual(summarize(report));
    expect(json.summary).toMatchObject({ converted: 4, unconverted: 1, inserted: 1, rate: 0.8 });
    expect(json.entries.map(e => e.line)).toEqual([undefined, 1, 3, 3, 3, 12]);
  });
});
