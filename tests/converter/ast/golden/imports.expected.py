import os
import torch
from mindspore import nn
import torch.utils.data  # only to reach DataLoader below
from mindspore import ops


def build():
    conv = nn.Conv2d(3, 8, 3, pad_mode='valid', has_bias=True)
    act = ops.relu(ops.ones((2, 2)))
    also = ops.relu(act)
    opt = nn.SGD(conv.trainable_params(), learning_rate=0.1)
    loader = torch.utils.data.DataLoader([1, 2, 3])
    return conv, also, opt, loader, os.sep
