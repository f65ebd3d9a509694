"""Models used by the shim's tests (importable via --project_path, like a user's project)."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class SmallCNN(nn.Module):
    """Conv -> BatchNorm -> ReLU -> MaxPool -> Dropout -> Linear, on 3x16x16 inputs."""

    def __init__(self, num_classes=10):
        super().__init__()
        self.num_classes = num_classes
        self.conv = nn.Conv2d(3, 8, kernel_size=3, padding=1)
        self.bn = nn.BatchNorm2d(8, eps=1e-3, momentum=0.05)
        self.act = nn.LeakyReLU(0.2)
        self.pool = nn.MaxPool2d(2)
        self.drop = nn.Dropout(p=0.3)
        self.fc = nn.Linear(8 * 8 * 8, num_classes, bias=False)

    def forward(self, x):
        x = self.pool(self.act(self.bn(self.conv(x))))
        return self.fc(self.drop(torch.flatten(x, 1)))


class KernelFromTensor(nn.Module):
    """The tracer cannot export this (the pooling kernel comes from a tensor); torch.jit.script can."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1)

    def forward(self, x):
        y = self.conv(x)
        return F.avg_pool2d(y, y.size(2))


class Untraceable(nn.Module):
    """Neither the tracer nor torch.jit.script can handle this forward."""

    def forward(self, x):
        size = x.size(2)
        pooled = F.avg_pool2d(x, size)
        return pooled * float(torch.tensor(2.0).numpy().item())


class TwoInputs(nn.Module):
    """Token ids (int64) plus a float feature vector; returns two outputs."""

    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(50, 6, padding_idx=0)
        self.proj = nn.Linear(4, 6)

    def forward(self, tokens, features):
        pooled = self.embed(tokens).mean(1)
        return pooled + self.proj(features), pooled


class NeedsArguments(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.fc = nn.Linear(width, width)

    def forward(self, x):
        return self.fc(x)
