/** The prebuilt labextension loads into the host the way JupyterLab loads any prebuilt extension. */
import { expect, test } from '../harness/lab';

test('commands, toolbar buttons, menu and the report panel are there', async ({ lab, page }) => {
  await lab.createNotebook('loads.ipynb', [{ type: 'code', source: 'import torch' }]);
  await lab.open('loads.ipynb');

  const commands = await page.evaluate(() =>
    ['convert-cell', 'convert-model', 'convert-notebook', 'show-report'].map(verb =>
      (window as any).jupyterapp.commands.hasCommand(`mindconverter:${verb}`)
    )
  );
  expect(commands).toEqual([true, true, true, true]);

  await expect(page.locator('.jp-NotebookPanel-toolbar').getByText('To MindSpore', { exact: true })).toBeVisible();
  await expect(page.locator('.jp-NotebookPanel-toolbar').getByText('Model to MindSpore', { exact: true })).toBeVisible();

  await page.getByRole('menuitem', { name: 'MindConverter' }).click();
  await expect(page.getByRole('menuitem', { name: /Convert Cell to MindSpore/ })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /Convert Notebook to MindSpore/ })).toBeVisible();
  await page.keyboard.press('Escape');

  await lab.command('mindconverter:show-report');
  await expect(lab.reportPanel()).toContainText('No conversion yet');
});

test('the settings are in the Settings Editor', async ({ lab, page }) => {
  await lab.load();
  await lab.command('settingeditor:open', { query: 'MindConverter' });
  await expect(page.getByText('Target API').first()).toBeVisible();
  await expect(page.getByText('ONNX opset').first()).toBeVisible();
  await lab.screenshot('settings-editor');
});
