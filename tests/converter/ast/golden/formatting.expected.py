# -*- coding: utf-8 -*-
"""Docstring mentioning torch.nn.Conv2d stays as it is."""
from mindspore import nn   # the layers


class Héllo(nn.Cell):  # non-ASCII name
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(
            3,    # in
            8,    # out
            kernel_size=3,
            pad_mode='pad', padding=1,
            has_bias=False,  # no bias
        )
        self.fc = nn.Dense(8,
                            2)
        self.label = 'nn.Linear(1, 2)'
