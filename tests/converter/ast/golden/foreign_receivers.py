import os

import numpy as np
import torch


def prepare(x, path: str, weights: np.ndarray):
    arr = np.arange(3)
    tiled = arr.repeat(3)
    also = np.arange(4).repeat(2)
    spread = weights.std()
    turned = weights.T.transpose(1, 0)
    lowest = arr.argmin()
    label = str(x).strip().split(',')
    base = os.path.basename(path).split('.')
    t = torch.ones(3)
    doubled = t.repeat(2)
    grid = [x, x]
    item = grid[0].repeat(2)
    y = x.repeat(1, 2)
    return tiled, also, spread, turned, lowest, label, base, doubled, item, y
