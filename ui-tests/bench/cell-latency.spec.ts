/**
 * Benchmark (issue #7): time from the convert-cell command to the inserted cell,
 * for a 300-line PyTorch cell, in the real host. The first run includes loading
 * the parser's wasm; the next ones are warm. Prints one JSON line.
 * Run: make bench-ui
 */
import { test } from '../harness/lab';

function block(n: number): string {
  return `class Block${n}(nn.Module):
    def __init__(self, channels=${8 * (n + 1)}):
        super().__init__()
        self.conv1 = nn.Conv2d(channels, channels, 3, padding=1)
        self.bn1 = nn.BatchNorm2d(channels)
        self.conv2 = nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(channels)
        self.drop = nn.Dropout(0.1)

    def forward(self, x):
        y = F.relu(self.bn1(self.conv1(x)))
        y = self.drop(self.bn2(self.conv2(y)))
        y = torch.cat([x, y], dim=1)
        return torch.relu(y.mean(dim=1, keepdim=True) + x)


`;
}

function cellOf(lines: number): string {
  let source = 'import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n\n\n';
  for (let n = 0; source.split('\n').length < lines; n++) {
    source += block(n);
  }
  return source.split('\n').slice(0, lines).join('\n') + '\n';
}

test('convert-cell latency for a 300-line cell', async ({ lab, page }) => {
  const source = cellOf(300);
  await lab.createNotebook('bench.ipynb', [{ type: 'code', source }]);
  await lab.open('bench.ipynb');
  const runs: number[] = [];
  for (let run = 0; run < 6; run++) {
    await lab.selectCell(0);
    const ms = await page.evaluate(async () => {
      const app = (window as any).jupyterapp;
      const notebook = app.shell.currentWidget.content;
      const before = notebook.widgets.length;
      const start = performance.now();
      await app.commands.execute('mindconverter:convert-cell');
      while (notebook.widgets.length === before) {
        await new Promise(resolve => requestAnimationFrame(resolve));
      }
      return performance.now() - start;
    });
    runs.push(ms);
  }
  const warm = runs.slice(1).sort((a, b) => a - b);
  const result = {
    bench: 'convert-cell-latency',
    lines: source.split('\n').length - 1,
    first_ms: Math.round(runs[0]),
    warm_median_ms: Math.round(warm[Math.floor(warm.length / 2)]),
    warm_min_ms: Math.round(warm[0]),
    warm_max_ms: Math.round(warm[warm.length - 1])
  };
  console.log(JSON.stringify(result));
});
