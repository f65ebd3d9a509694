# golden: target=mint
from mindspore import nn
from mindspore import ops

layer = nn.Dense(2, 3)
y = ops.flatten(layer(ops.ones((1, 2))), start_dim=0)
