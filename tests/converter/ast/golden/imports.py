import os
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch import optim
from torch.nn import Conv2d, functional as functional_api
import torch.utils.data  # only to reach DataLoader below


def build():
    conv = Conv2d(3, 8, 3)
    act = F.relu(torch.ones(2, 2))
    also = functional_api.relu(act)
    opt = optim.SGD(conv.parameters(), lr=0.1)
    loader = torch.utils.data.DataLoader([1, 2, 3])
    return conv, also, opt, loader, os.sep
