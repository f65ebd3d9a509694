import { convertSource, PythonParser, renderText, toReportJson } from '../../../src/converter';
import { nodePythonParser } from '../../../src/node/assets';

let parser: PythonParser;
beforeAll(async () => {
  parser = await nodePythonParser();
});

describe('convertSource (the core API)', () => {
  it('keeps CRLF line breaks, also in what it inserts', () => {
    const source = 'import torch\r\nimport torch.nn as nn\r\nx = torch.ones(2)\r\ny = nn.Linear(2, 3)\r\n';
    const { code } = convertSource(parser, source);
    expect(code).toBe('from mindspore import nn\r\nfrom mindspore import ops\r\nx = ops.ones((2,))\r\ny = nn.Dense(2, 3)\r\n');
  });

  it('summarises the report in JSON with the same entries as the text', () => {
    const { report } = convertSource(parser, 'import torch\nx = torch.ones(2)\ny = torch.frobnicate(x)\n', { fileName: 'a.py' });
    const json = toReportJson(report);
    expect(json).toMatchObject({ mode: 'ast', source: 'a.py', summary: { converted: 1, unconverted: 1, inserted: 1, rate: 0.5 } });
    expect(renderText(report).split('\n').filter(line => line.startsWith('line ')).length).toBe(json.entries.filter(e => e.line).length);
  });

  it('checks positions against the selected MindSpore version', () => {
    const source = 'import torch.nn as nn\nd = nn.Dropout(0.2)\n';
    for (const mindsporeVersion of ['2.6.0', '2.2.14'] as const) {
      expect(convertSource(parser, source, { mindsporeVersion }).code).toBe('from mindspore import nn\nd = nn.Dropout(p=0.2)\n');
    }
  });

  it('writes Module.eval() as set_train(mode=False)', () => {
    expect(convertSource(parser, 'import torch\ndef f(model):\n    model.eval()\n').code).toBe('def f(model):\n    model.set_train(mode=False)\n');
  });

  it('returns an empty source unchanged with an empty report', () => {
    const { code, report } = convertSource(parser, '');
    expect(code).toBe('');
    expect(report.entries).toEqual([]);
  });
});
