import torch
from mindspore import nn
import torch.nn.functional as F
from mindspore import ops


class Net(nn.Cell):
    def __init__(self, k, momentum, betas):
        super(Net, self).__init__()
        self.a = nn.Conv2d(3, 16, 3, 1, pad_mode='pad', padding=1, has_bias=True)
        self.b = nn.Conv2d(16, 16, kernel_size=(3, 5), pad_mode='pad', padding=(1, 1, 2, 2), group=4, has_bias=False)
        self.c = nn.Conv2d(16, 16, 3, pad_mode='same', has_bias=True)
        self.d = nn.Conv2d(in_channels=16, out_channels=8, kernel_size=k, pad_mode='pad', padding=k // 2, has_bias=True)
        self.e = torch.nn.Conv2d(16, 8, 3, padding_mode='reflect')
        self.bn = nn.BatchNorm2d(8, momentum=1 - momentum)
        self.bn2 = nn.BatchNorm2d(8, 1e-3, 0.99)
        self.bn3 = torch.nn.BatchNorm2d(8, momentum=None)
        self.ln = nn.LayerNorm([4, 8], begin_norm_axis=-2, begin_params_axis=-2, epsilon=1e-6)
        self.pool = nn.MaxPool2d(3, 2, pad_mode='pad', padding=1)
        self.avg = nn.AvgPool2d(kernel_size=2, stride=2)
        self.act = nn.GELU(approximate=False)
        self.drop = nn.Dropout(p=0.25)
        self.fc = nn.Dense(8, 2, has_bias=True)
        self.soft = nn.Softmax(axis=1)
        self.implicit = torch.nn.Softmax()
        self.leaky = nn.LeakyReLU(0.1)
        self.opt_args = dict(lr=0.1)
        self.betas = betas

    def construct(self, x, **options):
        x = ops.max_pool2d(ops.relu(self.a(x)), 2, stride=2)
        x = ops.flatten(x, start_dim=1)
        y = ops.flatten(x, start_dim=0)
        z = ops.cat([x, y], 1)
        w = ops.log_softmax(z, axis=-1)
        v = F.dropout(w, p=0.1, training=self.training, **options)
        return ops.zeros((2, 3)), ops.ones((4,)), v


def optimizer(net, betas):
    first = nn.Adam(net.trainable_params(), 1e-3, beta1=0.9, beta2=0.98, weight_decay=0)
    second = nn.Adam(net.trainable_params(), learning_rate=1e-3, beta1=betas[0], beta2=betas[1])
    return first, second
