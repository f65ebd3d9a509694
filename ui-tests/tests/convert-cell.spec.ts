/** Convert a cell: the MindSpore cell is inserted below, the original is untouched, one undo removes it. */
import { expect, test } from '../harness/lab';
import { renderText } from '../../src/converter';
import { nodeConversion } from '../harness/oracle';

const TORCH_CELL = `import torch
import torch.nn as nn
import torch.nn.functional as F


class SmallNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 8, 3, padding=1)
        self.fc = nn.Linear(8 * 28 * 28, 10)

    def forward(self, x):
        x = F.relu(self.conv(x))
        x = torch.flatten(x, 1)
        return self.fc(x)
`;

test('the converted cell is inserted below, the original is unchanged, undo removes it', async ({ lab, page }) => {
  await lab.createNotebook('cell.ipynb', [
    { type: 'code', source: TORCH_CELL },
    { type: 'markdown', source: '## Notes' }
  ]);
  await lab.open('cell.ipynb');
  const before = await lab.cellJson(0);
  await lab.selectCell(0);
  await lab.screenshot('convert-cell-1-before');

  await page.locator('.jp-NotebookPanel-toolbar').getByText('To MindSpore', { exact: true }).click();
  await expect.poll(() => lab.cellCount()).toBe(3);

  const expected = await nodeConversion(TORCH_CELL, { fileName: 'cell 1' });
  const sources = await lab.sources();
  expect(sources[1]).toBe(expected.code);
  // The same core as the CLI, and MindSpore code a reader recognises.
  for (const line of [
    'class SmallNet(nn.Cell):',
    '    def construct(self, x):',
    '        self.fc = nn.Dense(8 * 28 * 28, 10)',
    '        x = ops.relu(self.conv(x))'
  ]) {
    expect(sources[1].split('\n')).toContain(line);
  }
  expect(sources[1]).toMatch(/^from mindspore import nn$/m);
  expect(sources[1]).not.toMatch(/\btorch\b/);
  expect(await lab.cellJson(0)).toEqual(before);
  expect(sources[2]).toBe('## Notes');

  const inserted = await lab.cellJson(1);
  expect(inserted.metadata.mindconverter).toMatchObject({ converted: true, mode: 'ast', fromCell: 'cell-1', target: 'classic' });
  expect(await lab.activeCellIndex()).toBe(1);

  const panel = lab.reportPanel();
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('cell 1 of cell.ipynb');
  const unconverted = expected.report.entries.filter(entry => entry.kind === 'unconvert').length;
  await expect(panel.locator('[data-figure="unconverted"] dd')).toHaveText(String(unconverted));
  await expect(panel.locator('.jp-MindConverter-entry')).toHaveCount(expected.report.entries.length);
  await lab.screenshot('convert-cell-2-inserted');

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await panel.getByRole('button', { name: 'Copy report' }).click();
  await lab.expectNotification('Report copied in MindConverter format.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(renderText(expected.report));

  await lab.selectCell(1);
  await lab.command('notebook:undo-cell-action');
  await expect.poll(() => lab.cellCount()).toBe(2);
  expect(await lab.cellJson(0)).toEqual(before);
  expect((await lab.sources())[1]).toBe('## Notes');
});

test('the inline report renders under the cell and survives saving and reopening', async ({ lab, page }) => {
  await lab.createNotebook('inline.ipynb', [{ type: 'code', source: TORCH_CELL }]);
  await lab.open('inline.ipynb');
  await lab.selectCell(0);
  await lab.command('mindconverter:convert-cell');
  const inline = page.locator('.jp-MindConverter-inline');
  await expect(inline).toHaveCount(1);
  await expect(inline.locator('.jp-MindConverter-inline-title')).toHaveText('MindConverter report: cell 1 of inline.ipynb');
  await expect(inline.locator('[data-figure="rate"] dd')).toHaveText(/%$/);
  await inline.locator('summary').click();
  await expect(inline.locator('details .jp-MindConverter-entry').first()).toBeVisible();
  await lab.screenshot('inline-report');

  await lab.command('docmanager:save');
  await expect.poll(async () => (await lab.readNotebook('inline.ipynb')).cells.length).toBe(2);
  const saved = await lab.readNotebook('inline.ipynb');
  expect(saved.cells[1].outputs[0].data['application/vnd.mindconverter.report+json'].format).toBe('mindconverter-report/1');
  expect(saved.cells[1].outputs[0].data['text/plain']).toMatch(/^\[Start Convert\]/);

  await lab.deleteSessions();
  await lab.open('inline.ipynb');
  await expect(page.locator('.jp-MindConverter-inline .jp-MindConverter-inline-title')).toHaveText(
    'MindConverter report: cell 1 of inline.ipynb'
  );
  expect((await lab.sources())[0]).toBe(TORCH_CELL);
});

test('clicking a report entry selects the original cell and puts the cursor at its line:col', async ({ lab, page }) => {
  await lab.createNotebook('cursor.ipynb', [
    { type: 'code', source: 'x = 1' },
    { type: 'code', source: TORCH_CELL }
  ]);
  await lab.open('cursor.ipynb');
  await lab.selectCell(1);
  await lab.command('mindconverter:convert-cell');
  await expect.poll(() => lab.cellCount()).toBe(3);
  await lab.selectCell(0);

  const entries = lab.reportPanel().locator('button.jp-MindConverter-entry');
  const last = entries.last();
  const line = Number(await last.getAttribute('data-line'));
  const column = Number(await last.getAttribute('data-column'));
  expect(line).toBeGreaterThan(1);
  await last.click();
  await expect.poll(() => lab.cursor()).toEqual({ cell: 1, line: line - 1, column, mode: 'edit' });
  await lab.screenshot('report-entry-cursor');

  // The same from the inline report under the converted cell.
  await lab.selectCell(0);
  const inline = page.locator('.jp-MindConverter-inline');
  await inline.locator('summary').click();
  const first = inline.locator('details button.jp-MindConverter-entry').first();
  const firstLine = Number(await first.getAttribute('data-line'));
  const firstColumn = Number(await first.getAttribute('data-column'));
  await first.click();
  await expect.poll(() => lab.cursor()).toEqual({ cell: 1, line: firstLine - 1, column: firstColumn, mode: 'edit' });
});

test('markdown and raw cells are refused with a notification and nothing changes', async ({ lab }) => {
  await lab.createNotebook('refuse.ipynb', [
    { type: 'markdown', source: '# torch.nn.Linear(3, 4)' },
    { type: 'raw', source: 'torch.zeros(3)' }
  ]);
  await lab.open('refuse.ipynb');
  for (const [index, kind] of [[0, 'markdown'], [1, 'raw']] as const) {
    await lab.selectCell(index);
    await lab.command('mindconverter:convert-cell');
    await lab.expectNotification(`Only code cells can be converted: the selected cell is a ${kind} cell.`);
  }
  await lab.screenshot('refuse-markdown');
  expect(await lab.sources()).toEqual(['# torch.nn.Linear(3, 4)', 'torch.zeros(3)']);
});

test('converting the notebook writes <name>_mindspore.ipynb beside it and never overwrites', async ({ lab, page }) => {
  await lab.createNotebook('whole.ipynb', [
    { type: 'markdown', source: '# A model' },
    { type: 'code', source: TORCH_CELL },
    { type: 'code', source: 'net = SmallNet()\nout = net(torch.zeros(1, 1, 28, 28))' }
  ]);
  await lab.open('whole.ipynb');
  await lab.command('mindconverter:convert-notebook');
  await expect.poll(() => lab.fileExists('whole_mindspore.ipynb')).toBe(true);
  const first = await lab.readNotebook('whole_mindspore.ipynb');
  expect(first.cells.map((cell: any) => cell.cell_type)).toEqual(['markdown', 'code', 'code']);
  expect(first.cells[1].source).toBe((await nodeConversion(TORCH_CELL, { fileName: 'cell 2' })).code);
  expect(first.cells[1].metadata.mindconverter).toMatchObject({ converted: true, fromCell: 'cell-2' });
  await expect(page.getByRole('tab', { name: /whole_mindspore\.ipynb/ })).toBeVisible();

  await lab.command('docmanager:open', { path: 'whole.ipynb' });
  await lab.command('mindconverter:convert-notebook');
  await expect.poll(() => lab.fileExists('whole_mindspore_2.ipynb')).toBe(true);
  expect(await lab.readNotebook('whole_mindspore.ipynb')).toEqual(first);
  expect((await lab.readNotebook('whole.ipynb')).cells[1].source).toBe(TORCH_CELL);
});
