import torch
import torch.nn as nn
from mindspore import nn as ms_nn

good = ms_nn.Dense(2, 3)
bad = nn.Linear(2, 3
also_good = torch.zeros(4)

def broken(:
    return torch.ones(1)
