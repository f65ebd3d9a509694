from torch import nn


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 8, 3, padding_mode='circular')
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(nn.functional.relu(self.conv(x)).mean((2, 3)))
