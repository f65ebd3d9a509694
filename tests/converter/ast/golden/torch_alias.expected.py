import torch.nn
from mindspore import nn
from mindspore import ops


class Block(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 8, 3, padding_mode='circular')
        self.fc = nn.Dense(8, 2)

    def construct(self, x):
        return self.fc(ops.relu(self.conv(x)).mean((2, 3)))
