import torch
from mindspore import ops


def reshape(x, words):
    n = x.shape[0]
    shape = x.shape
    last = x.shape[-1]
    y = x.view(n, -1).swapaxes(1, 2).contiguous()
    z = ops.stop_gradient(y.permute(0, 2, 1))
    parts = "a,b".split(",") + words.split()
    moved = x
    return n, shape, last, z, parts, moved, torch.Tensor.view(x, -1)
