from torch.nn import *
from torch import *
from mindspore import nn
from mindspore.common import initializer as init
from mindspore import ops
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(2, 3)
        self.fc.bias.set_data(init.initializer(init.Zero(), self.fc.bias.shape, self.fc.bias.dtype))
    def construct(self, x):
        return ops.flatten(x, start_dim=1)
print(len([1]), Unknown)
