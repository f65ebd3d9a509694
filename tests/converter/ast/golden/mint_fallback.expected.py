# golden: target=mint
from mindspore import nn
from mindspore import ops
from mindspore import mint

layer = nn.Softmin(axis=1)
y = ops.kron(layer(x), x)
z = mint.flatten(y)
