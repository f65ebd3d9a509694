# -*- coding: utf-8 -*-
"""Docstring mentioning torch.nn.Conv2d stays as it is."""
import torch.nn as nn   # the layers


class Héllo(nn.Module):  # non-ASCII name
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(
            3,    # in
            8,    # out
            kernel_size=3,
            padding=1,
            bias=False,  # no bias
        )
        self.fc = nn.Linear(8,
                            2)
        self.label = 'nn.Linear(1, 2)'
