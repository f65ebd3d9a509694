import torch
import mindspore
from mindspore import ops
PAD, BOS = 0, 1
EPS = -1e-9
FLAG = True
N = 3
N += 1
def f(x, v):
    a = ops.full((2,), BOS)
    b = ops.full((2,), EPS, dtype=mindspore.float32)
    c = ops.full((2,), FLAG, dtype=mindspore.bool_)
    d = torch.full((2,), N)
    e = torch.full((2,), v)
    return a, b, c, d, e
