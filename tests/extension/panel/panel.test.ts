/**
 * @jest-environment jsdom
 */
import { ReportPanelModel } from '../../../src/extension/panel/model';
import { ReportPanelView } from '../../../src/extension/panel/view';
import { inlineReport } from '../../../src/extension/inlineReport';
import { Report } from '../../../src/converter';

const report: Report = {
  mode: 'ast',
  source: 'cell',
  entries: [
    { kind: 'unconvert', line: 3, column: 8, original: 'torch.cdist', suggestion: 'mindspore.ops.cdist' },
    { kind: 'insert', original: 'import mindspore', converted: 'import mindspore' },
    { kind: 'convert', line: 1, column: 0, original: 'torch.nn', converted: 'mindspore.nn' }
  ]
};

function mount() {
  const model = new ReportPanelModel();
  const copies: string[] = [];
  const view = new ReportPanelView(model, text => void copies.push(text));
  return { model, view, copies };
}

describe('ReportPanelView', () => {
  it('says there is nothing to show before a conversion', () => {
    const { view } = mount();
    expect(view.node.textContent).toContain('No conversion yet');
    expect(view.node.getAttribute('aria-label')).toBe('MindConverter report');
  });

  it('shows the summary and every entry in reading order, unconverted ones marked', () => {
    const { model, view } = mount();
    model.show({ report: inlineReport(report, 'cell 1 of a.ipynb', 'cell-1'), notebookPath: 'a.ipynb' });
    const figures = Object.fromEntries(
      Array.from(view.node.querySelectorAll('[data-figure]')).map(node => [
        (node as HTMLElement).dataset.figure,
        node.querySelector('dd')!.textContent
      ])
    );
    expect(figures).toEqual({ converted: '1', unconverted: '1', rate: '50.00%', warnings: '0' });
    const rows = Array.from(view.node.querySelectorAll('.jp-MindConverter-entry')).map(row => row.textContent);
    expect(rows).toEqual([
      "[Insert] 'import mindspore' is inserted to the converted file.",
      "line 1:0[Convert] 'torch.nn' is converted to 'mindspore.nn'.",
      "line 3:8[UnConvert] 'torch.cdist' didn't convert. Maybe could convert to mindspore.ops.cdist."
    ]);
    expect(view.node.querySelectorAll('button.jp-MindConverter-entry-unconvert')).toHaveLength(1);
  });

  it('emits the clicked entry and copies the MindConverter text', async () => {
    const { model, view, copies } = mount();
    const shown = { report: inlineReport(report, 'cell 1', 'cell-1'), notebookPath: 'a.ipynb' };
    model.show(shown);
    const activated: Array<{ line?: number; column?: number }> = [];
    view.entryActivated.connect((_, { entry }) => activated.push({ line: entry.line, column: entry.column }));
    (view.node.querySelector('[data-line="3"]') as HTMLElement).click();
    expect(activated).toEqual([{ line: 3, column: 8 }]);

    const copied = new Promise(resolve => view.copied.connect((_, text) => resolve(text)));
    (view.node.querySelector('.jp-MindConverter-copy') as HTMLElement).click();
    expect(await copied).toBe(shown.report.text);
    expect(copies[0]).toMatch(/^\[Start Convert\]\n/);
    expect(copies[0]).toContain("line 3:8: [UnConvert] 'torch.cdist' didn't convert. Maybe could convert to mindspore.ops.cdist.");
  });

  it('follows the model: a new report replaces the old one, clear empties it', () => {
    const { model, view } = mount();
    model.show({ report: inlineReport(report, 'first', null), notebookPath: 'a.ipynb' });
    model.show({ report: inlineReport({ ...report, entries: [] }, 'second', null), notebookPath: 'a.ipynb' });
    expect(view.node.textContent).toContain('second');
    expect(view.node.querySelectorAll('.jp-MindConverter-entry')).toHaveLength(0);
    model.clear();
    expect(view.node.textContent).toContain('No conversion yet');
  });
});
