/** The live-model notebook the model tests share, and the dialog they fill in. */
import { expect, Page } from '@playwright/test';

export const MODELS_CELL = `import torch
import torch.nn as nn
import torchvision


class SmallCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding=1)
        self.bn = nn.BatchNorm2d(8)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(8 * 16 * 16, 10)

    def forward(self, x):
        x = self.pool(torch.relu(self.bn(self.conv(x))))
        return self.fc(torch.flatten(x, 1))


class Spectrum(nn.Module):
    """ONNX has no FFT before opset 17: torch.onnx.export refuses this one."""

    def forward(self, x):
        return torch.fft.fft(x).real


class Deduplicate(nn.Module):
    """torch.unique exports as ONNX Unique, which graph mode has no mapper for: a placeholder."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 4)

    def forward(self, x):
        return torch.unique(torch.round(self.fc(x)))


net = SmallCNN().eval()
resnet = torchvision.models.resnet18(weights=None).eval()
spectrum = Spectrum()
dedup = Deduplicate().eval()
not_a_model = 42
`;

export async function fillModelDialog(page: Page, form: { name: string; shapes: string; dtype?: string }): Promise<void> {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Convert a live PyTorch model to MindSpore');
  await dialog.getByLabel('Model variable').fill(form.name);
  await dialog.getByLabel('Input shapes').fill(form.shapes);
  if (form.dtype) {
    await dialog.getByLabel('Input dtype').selectOption(form.dtype);
  }
  await dialog.getByRole('button', { name: 'Convert' }).click();
  await expect(dialog).toHaveCount(0);
}
