import torch
import torch.nn as nn
import torch.nn.functional as F


def apply(F, x):
    # F is a parameter here, not torch.nn.functional
    return F.relu(x)


def local_nn():
    nn = {"Linear": len}
    return nn["Linear"]([1])


class Model(nn.Module):
    torch = None  # a class attribute does not shadow inside methods

    def forward(self, x):
        squares = [torch * torch for torch in range(3)]
        return F.relu(x), squares, torch.zeros(2)
