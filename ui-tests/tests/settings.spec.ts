/** Settings (schema/plugin.json) change what the commands do. */
import { expect, test } from '../harness/lab';

const SOURCE = 'import torch\ny = torch.matmul(torch.ones(2, 2), torch.ones(2, 2))\n';

test('target mint and "do not open the panel" are honoured', async ({ lab, page }) => {
  const put = (raw: object) =>
    lab.request.fetch(`${lab.url}/lab/api/settings/jupyterlab-mindconverter:plugin`, {
      method: 'PUT',
      headers: { Authorization: `token ${lab.token}` },
      data: { raw: JSON.stringify(raw) }
    });
  expect((await put({ target: 'mint', openPanel: false })).status()).toBe(204);
  try {
    await lab.createNotebook('mint.ipynb', [{ type: 'code', source: SOURCE }]);
    await lab.open('mint.ipynb');
    await lab.selectCell(0);
    await lab.command('mindconverter:convert-cell');
    await expect.poll(() => lab.cellCount()).toBe(2);
    expect((await lab.sources())[1]).toContain('mint.matmul(');
    expect((await lab.cellJson(1)).metadata.mindconverter.target).toBe('mint');
    await lab.expectNotification(/Cell 1 converted/);
    await expect(lab.reportPanel()).toBeHidden();
    await lab.command('mindconverter:show-report');
    await expect(lab.reportPanel()).toContainText('cell 1 of mint.ipynb');
  } finally {
    expect((await put({})).status()).toBe(204);
  }
});
