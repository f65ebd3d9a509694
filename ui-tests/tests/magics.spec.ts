/** %mindconverter and %%mindconverter: the kernel asks, the extension converts and inserts below the magic's cell. */
import { expect, test } from '../harness/lab';
import { MODELS_CELL } from '../harness/models';
import { nodeConversion } from '../harness/oracle';

const BODY = `import torch.nn as nn


class Head(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(16, 4)

    def forward(self, x):
        return self.fc(x).softmax(dim=-1)
`;

test('%%mindconverter converts the cell body and inserts it below, without running it', async ({ lab }) => {
  await lab.createNotebook('cellmagic.ipynb', [
    { type: 'code', source: '%load_ext mindconverter_shim' },
    { type: 'code', source: `%%mindconverter\n${BODY}` },
    { type: 'code', source: 'print("last")' }
  ]);
  await lab.open('cellmagic.ipynb');
  await lab.runCell(0);
  await lab.runCell(1);
  await expect.poll(() => lab.cellCount(), { timeout: 60_000 }).toBe(4);
  const sources = await lab.sources();
  expect(sources[2]).toBe((await nodeConversion(BODY, { fileName: 'cell 2' })).code);
  expect(sources[1]).toBe(`%%mindconverter\n${BODY}`);
  expect(sources[3]).toBe('print("last")');
  const inserted = await lab.cellJson(2);
  expect(inserted.metadata.mindconverter).toMatchObject({ converted: true, mode: 'ast', fromCell: 'cell-2' });
  const magicOutput = (await lab.cellJson(1)).outputs.map((output: any) => output.text ?? '').join('');
  expect(magicOutput).toContain('the MindSpore cell will be inserted below this cell');
  // The body was not executed: Head is not defined in the kernel.
  await lab.selectCell(3);
  await lab.page.evaluate(() => {
    const notebook = (window as any).jupyterapp.shell.currentWidget.content;
    notebook.activeCell.model.sharedModel.setSource('print("Head" in globals())');
  });
  await lab.runCell(3);
  expect((await lab.cellJson(3)).outputs[0].text).toBe('False\n');
  await lab.screenshot('magic-cell');
});

test('%mindconverter MODEL --shape converts a live model below the magic cell', async ({ lab }) => {
  await lab.createNotebook('linemagic.ipynb', [
    { type: 'code', source: MODELS_CELL },
    { type: 'code', source: '%load_ext mindconverter_shim\n%mindconverter net --shape 1,3,32,32' }
  ]);
  await lab.open('linemagic.ipynb');
  await lab.runCell(0);
  await lab.runCell(1);
  await expect.poll(() => lab.cellCount(), { timeout: 120_000 }).toBe(3);
  expect((await lab.sources())[2]).toMatch(/class SmallCNN\(nn\.Cell\)/);
  expect((await lab.cellJson(2)).metadata.mindconverter).toMatchObject({
    mode: 'graph',
    fromCell: 'cell-2',
    model: { name: 'net', shapes: [[1, 3, 32, 32]] }
  });
  await expect.poll(() => lab.fileExists('SmallCNN.ckpt')).toBe(true);
  await lab.screenshot('magic-model');
});

test('a magic naming an unknown model is refused by the kernel and nothing is inserted', async ({ lab }) => {
  await lab.createNotebook('badmagic.ipynb', [{ type: 'code', source: '%load_ext mindconverter_shim\n%mindconverter missing --shape 1,3,8,8' }]);
  await lab.open('badmagic.ipynb');
  await lab.runCell(0);
  const output = (await lab.cellJson(0)).outputs.map((o: any) => o.text ?? o.evalue ?? '').join('');
  expect(output).toMatch(/missing/);
  expect(await lab.cellCount()).toBe(1);
});
