import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self, k, momentum, betas):
        super(Net, self).__init__()
        self.a = nn.Conv2d(3, 16, 3, 1, 1)
        self.b = nn.Conv2d(16, 16, kernel_size=(3, 5), padding=(1, 2), groups=4, bias=False)
        self.c = nn.Conv2d(16, 16, 3, padding='same', padding_mode='zeros')
        self.d = nn.Conv2d(in_channels=16, out_channels=8, kernel_size=k, padding=k // 2)
        self.e = nn.Conv2d(16, 8, 3, padding_mode='reflect')
        self.bn = nn.BatchNorm2d(8, momentum=momentum)
        self.bn2 = nn.BatchNorm2d(8, 1e-3, 0.01)
        self.bn3 = nn.BatchNorm2d(8, momentum=None)
        self.ln = nn.LayerNorm([4, 8], eps=1e-6)
        self.pool = nn.MaxPool2d(3, 2, 1)
        self.avg = nn.AvgPool2d(kernel_size=2)
        self.act = nn.GELU()
        self.drop = nn.Dropout(0.25, True)
        self.fc = nn.Linear(8, 2, bias=True)
        self.soft = nn.Softmax(dim=1)
        self.implicit = nn.Softmax()
        self.leaky = nn.LeakyReLU(0.1, inplace=True)
        self.opt_args = dict(lr=0.1)
        self.betas = betas

    def forward(self, x, **options):
        x = F.max_pool2d(F.relu(self.a(x)), 2)
        x = torch.flatten(x, 1)
        y = torch.flatten(input=x)
        z = torch.cat([x, y], 1)
        w = F.log_softmax(z, dim=-1)
        v = F.dropout(w, p=0.1, training=self.training, **options)
        return torch.zeros(2, 3), torch.ones((4,)), v


def optimizer(net, betas):
    first = torch.optim.Adam(net.parameters(), 1e-3, (0.9, 0.98), weight_decay=0)
    second = torch.optim.Adam(net.parameters(), lr=1e-3, betas=betas)
    return first, second
