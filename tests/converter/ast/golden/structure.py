import torch.nn as nn


class Block(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.body = nn.Sequential(
            nn.Linear(channels, channels),
            nn.ReLU(inplace=True),
        )
        self.heads = nn.ModuleList([nn.Linear(channels, 2) for _ in range(3)])

    def forward(self, x):
        return self.body(x)


class Residual(Block):
    def forward(self, x):
        return x + super().forward(x)

    def twice(self, x):
        return self.forward(self.forward(x))


class Plain:
    def forward(self, x):
        return x


def is_layer(m):
    return isinstance(m, (nn.Linear, nn.Module))
