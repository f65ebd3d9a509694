/** Convert a live model: dialog, export in the real torch kernel, graph mode in the browser, files on the server. */
import { expect, Lab, test } from '../harness/lab';
import { fillModelDialog, MODELS_CELL } from '../harness/models';

async function openModels(lab: Lab, name: string): Promise<void> {
  await lab.createNotebook(name, [{ type: 'code', source: MODELS_CELL }]);
  await lab.open(name);
  await lab.runCell(0);
  await lab.selectCell(0);
}

test('a small CNN defined in the notebook becomes a MindSpore cell, checkpoint and weight map', async ({ lab, page }) => {
  await openModels(lab, 'cnn.ipynb');
  await page.locator('.jp-NotebookPanel-toolbar').getByText('Model to MindSpore', { exact: true }).click();
  await expect(page.getByRole('dialog')).toContainText('net (SmallCNN)');
  await expect(page.getByRole('dialog')).toContainText('resnet (ResNet)');
  await expect(page.getByRole('dialog')).not.toContainText('not_a_model');
  await lab.screenshot('convert-model-1-dialog');
  await fillModelDialog(lab.page, { name: 'net', shapes: '1,3,32,32' });

  await expect.poll(() => lab.cellCount(), { timeout: 120_000 }).toBe(2);
  const code = (await lab.sources())[1];
  expect(code).toMatch(/class SmallCNN\(nn\.Cell\)/);
  const metadata = (await lab.cellJson(1)).metadata.mindconverter;
  expect(metadata).toMatchObject({
    converted: true,
    mode: 'graph',
    model: { name: 'net', shapes: [[1, 3, 32, 32]], dtypes: ['float32'], files: ['SmallCNN.ckpt', 'weight_map_of_SmallCNN.json'] }
  });
  expect(await lab.fileExists('SmallCNN.ckpt')).toBe(true);
  expect(code).toContain("load_checkpoint('SmallCNN.ckpt')");
  const weightMap = JSON.parse(await lab.readFile('weight_map_of_SmallCNN.json'));
  expect(weightMap).toBeTruthy();
  const checkpoint = Buffer.from(await lab.readFile('SmallCNN.ckpt', 'base64'), 'base64');
  // The fc layer alone holds 20,490 float32 values: the checkpoint carries them all.
  expect(checkpoint.length).toBeGreaterThan(20_490 * 4);
  await expect(lab.reportPanel()).toContainText('model net (1,3,32,32)');
  await expect(page.locator('.jp-MindConverter-inline')).toHaveCount(1);
  await lab.screenshot('convert-model-2-inserted');

  // Converting again never overwrites: the second pair gets its own number.
  await lab.selectCell(0);
  await lab.startCommand('mindconverter:convert-model');
  await fillModelDialog(lab.page, { name: 'net', shapes: '1,3,32,32' });
  await expect.poll(() => lab.cellCount(), { timeout: 120_000 }).toBe(3);
  expect(await lab.fileExists('SmallCNN_2.ckpt')).toBe(true);
  expect(await lab.fileExists('weight_map_of_SmallCNN_2.json')).toBe(true);
  expect((await lab.sources())[1]).toContain("load_checkpoint('SmallCNN_2.ckpt')");
  expect(Buffer.from(await lab.readFile('SmallCNN.ckpt', 'base64'), 'base64').equals(checkpoint)).toBe(true);
});

test('torchvision resnet18 converts with a 1x3x224x224 input', async ({ lab }) => {
  await openModels(lab, 'resnet.ipynb');
  await lab.startCommand('mindconverter:convert-model');
  await fillModelDialog(lab.page, { name: 'resnet', shapes: '1,3,224,224' });
  await expect.poll(() => lab.cellCount(), { timeout: 170_000 }).toBe(2);
  const code = (await lab.sources())[1];
  // torchvision's module tree gives the residual blocks their own Cell classes.
  expect(code).toMatch(/^class BasicBlock\w*\(nn\.Cell\):$/m);
  expect(code).toMatch(/^class ResNet\(nn\.Cell\):$/m);
  expect(code).toMatch(/^    def construct\(self, x\):$/m);
  expect(code).toContain("load_checkpoint('ResNet.ckpt')");
  expect(await lab.fileExists('ResNet.ckpt')).toBe(true);
  expect(await lab.fileExists('weight_map_of_ResNet.json')).toBe(true);
  const listing = await lab.api('GET', 'contents/ResNet.ckpt?content=0');
  // resnet18 has 11.7 M parameters: a float32 checkpoint is over 44 MB.
  expect((await listing.json()).size).toBeGreaterThan(44_000_000);
  await lab.screenshot('convert-model-resnet18');
});

test('an op graph mode cannot map: the cell is still inserted, with a placeholder the panel points to', async ({ lab, page }) => {
  await openModels(lab, 'placeholder.ipynb');
  await lab.startCommand('mindconverter:convert-model');
  await fillModelDialog(page, { name: 'dedup', shapes: '2,4' });
  await expect.poll(() => lab.cellCount(), { timeout: 120_000 }).toBe(2);
  expect((await lab.sources())[1]).toMatch(/class Deduplicate\(nn\.Cell\)/);
  expect((await lab.sources())[1]).toMatch(/Unique/);
  await lab.expectNotification(/1 unsupported op\(s\) are placeholders/);
  const panel = lab.reportPanel();
  await expect(panel).toBeVisible();
  await expect(panel.locator('.jp-MindConverter-entry-unconvert')).toContainText('Unique');
  await expect(panel.locator('.jp-MindConverter-note').first()).toContainText('left as placeholders');
  await lab.screenshot('convert-model-placeholder');
});

test('refusals: each shows a notification and changes nothing', async ({ lab, page }) => {
  await openModels(lab, 'refusals.ipynb');
  const filesBefore = await lab.listDir();
  const attempts: Array<[{ name: string; shapes: string }, RegExp, string]> = [
    [{ name: 'missing_model', shapes: '1,3,32,32' }, /Unknown variable: name 'missing_model' is not defined/, 'unknown-variable'],
    [{ name: 'not_a_model', shapes: '1,3,32,32' }, /Not a model/, 'not-a-module'],
    [{ name: 'net', shapes: '1,3,abc' }, /must be positive integers separated by commas/, 'invalid-shape'],
    [{ name: 'spectrum', shapes: '1,4' }, /torch\.onnx\.export failed.*fft_fft/, 'export-failure'],
    [{ name: "__import__('os').system('touch pwned')", shapes: '1,3,32,32' }, /is not a variable name/, 'injection']
  ];
  for (const [form, message, shot] of attempts) {
    await lab.startCommand('mindconverter:convert-model');
    await fillModelDialog(page, form);
    await lab.expectNotification(message);
    await lab.screenshot(`refuse-model-${shot}`);
    expect(await lab.cellCount()).toBe(1);
  }
  expect(await lab.listDir()).toEqual(filesBefore);
  expect((await lab.sources())[0]).toBe(MODELS_CELL);
});

test('no kernel: the command says so and does nothing', async ({ lab, page }) => {
  await lab.createNotebook('nokernel.ipynb', [{ type: 'code', source: 'x = 1' }]);
  await lab.open('nokernel.ipynb');
  await page.evaluate(() => (window as any).jupyterapp.shell.currentWidget.sessionContext.shutdown());
  await page.waitForFunction(() => !(window as any).jupyterapp.shell.currentWidget.sessionContext.session);
  await lab.command('mindconverter:convert-model');
  await lab.expectNotification(/has no kernel/);
  expect(await lab.cellCount()).toBe(1);
});

test('a busy kernel: the command says so and does nothing', async ({ lab, page }) => {
  await lab.createNotebook('busy.ipynb', [{ type: 'code', source: 'import time\nprint("sleeping", flush=True)\ntime.sleep(120)' }]);
  await lab.open('busy.ipynb');
  await lab.selectCell(0);
  await lab.startCommand('notebook:run-cell');
  // The cell's first output proves the kernel is inside the long call (not between two short requests).
  await expect(page.locator('.jp-OutputArea-output').getByText('sleeping')).toBeVisible();
  await page.waitForFunction(() => (window as any).jupyterapp.shell.currentWidget.sessionContext.session.kernel.status === 'busy');
  await lab.command('mindconverter:convert-model');
  await lab.expectNotification(/The kernel is busy running a cell/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await lab.cellCount()).toBe(1);
  await lab.command('notebook:interrupt-kernel');
  await lab.waitKernelIdle();
});

test('torch missing in the kernel: the command says so and does nothing', async ({ lab, page }) => {
  await lab.createNotebook('notorch.ipynb', [{ type: 'code', source: 'import sys' }], 'python3-without-torch');
  await lab.open('notorch.ipynb');
  await expect(page.locator('.jp-KernelName')).toContainText('without torch');
  await lab.command('mindconverter:convert-model');
  await lab.expectNotification(/PyTorch is not available in the kernel/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await lab.cellCount()).toBe(1);
});
