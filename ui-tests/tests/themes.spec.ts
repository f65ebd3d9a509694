/** The panel and the inline report follow JupyterLab's light and dark themes (CSS variables only). */
import { expect, test } from '../harness/lab';

function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/\d+/g)!.slice(0, 3).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

test('the report panel and the inline report are readable in the dark theme', async ({ lab, page }) => {
  await lab.createNotebook('dark.ipynb', [{ type: 'code', source: 'import torch\nx = torch.zeros(2, 3)\ny = torch.cdist(x, x)\n' }]);
  await lab.open('dark.ipynb');
  await lab.selectCell(0);
  await lab.command('mindconverter:convert-cell');
  await expect(lab.reportPanel().locator('.jp-MindConverter-entry').first()).toBeVisible();
  const colours = () =>
    page.evaluate(() => {
      const panel = document.querySelector('.jp-MindConverter-panel')!;
      const inline = document.querySelector('.jp-MindConverter-inline')!;
      return {
        panelBackground: getComputedStyle(panel).backgroundColor,
        panelText: getComputedStyle(panel).color,
        inlineText: getComputedStyle(inline).color
      };
    });
  const light = await colours();
  expect(luminance(light.panelBackground)).toBeGreaterThan(0.8);

  try {
    await lab.command('apputils:change-theme', { theme: 'JupyterLab Dark' });
    await expect(page.locator('body')).toHaveAttribute('data-jp-theme-light', 'false');
    await expect.poll(async () => luminance((await colours()).panelBackground)).toBeLessThan(0.3);
    const dark = await colours();
    expect(luminance(dark.panelText)).toBeGreaterThan(0.6);
    expect(luminance(dark.inlineText)).toBeGreaterThan(0.6);
    // Changing the theme shows the splash screen for a moment.
    await expect(page.locator('#jupyterlab-splash')).toHaveCount(0);
    await lab.screenshot('dark-theme');
  } finally {
    await lab.command('apputils:change-theme', { theme: 'JupyterLab Light' });
    await expect(page.locator('body')).toHaveAttribute('data-jp-theme-light', 'true');
  }
});
