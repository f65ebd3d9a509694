/** The notebooks `make demo` opens work as their text says. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { expect, Lab, test } from '../harness/lab';

async function upload(lab: Lab, name: string): Promise<void> {
  const content = JSON.parse(readFileSync(path.resolve(__dirname, '../../examples', name), 'utf8'));
  const response = await lab.api('PUT', `contents/${name}`, { type: 'notebook', format: 'json', content });
  expect(response.ok()).toBeTruthy();
}

function indexOf(sources: string[], start: string): number {
  const index = sources.findIndex(source => source.startsWith(start));
  expect(index, `a cell starting with ${start}`).toBeGreaterThanOrEqual(0);
  return index;
}

test('live-model.ipynb: the magic converts the CNN below its cell', async ({ lab }) => {
  await upload(lab, 'live-model.ipynb');
  await lab.open('live-model.ipynb');
  const sources = await lab.sources();
  await lab.runCell(indexOf(sources, 'import torch'));
  const magic = indexOf(sources, '%load_ext mindconverter_shim');
  await lab.runCell(magic);
  await expect.poll(async () => (await lab.sources())[magic + 1] ?? '', { timeout: 120_000 }).toMatch(/class SmallCNN\(nn\.Cell\)/);
  await expect.poll(() => lab.fileExists('SmallCNN.ckpt')).toBe(true);
});

test('convert-cells.ipynb: the toolbar converts the LeNet cell, the cell magic its body', async ({ lab }) => {
  await upload(lab, 'convert-cells.ipynb');
  await lab.open('convert-cells.ipynb');
  const sources = await lab.sources();
  const lenet = indexOf(sources, 'import torch');
  await lab.selectCell(lenet);
  await lab.command('mindconverter:convert-cell');
  await expect.poll(async () => (await lab.sources())[lenet + 1]).toMatch(/class LeNet\(nn\.Cell\)/);
  const after = await lab.sources();
  await lab.runCell(indexOf(after, '%load_ext'));
  const cellMagic = indexOf(after, '%%mindconverter');
  await lab.runCell(cellMagic);
  await expect.poll(async () => (await lab.sources())[cellMagic + 1] ?? '', { timeout: 60_000 }).toMatch(/ops\.clamp|ops\.clip/);
});
