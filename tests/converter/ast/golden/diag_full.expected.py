import math

import torch
import mindspore
from mindspore import numpy as mnp
from mindspore import ops


def masks(v, m, n, fill, labels):
    square = mnp.diag(v)
    shifted = mnp.diag(v, 1)
    main = mnp.diag(m)
    upper = mnp.diag(m, k=1)
    half = ops.full((n, n), 0.5, dtype=mindspore.float32)
    ones = ops.full((n,), 1)
    flags = ops.full((n,), False, dtype=mindspore.bool_)
    floor = ops.full((n,), -math.inf, dtype=mindspore.float32)
    also = ops.full((n,), float('-inf'), dtype=mindspore.float32)
    given = ops.full((n,), fill, dtype=mindspore.float16)
    unknown = torch.full((n,), fill)
    label = ops.full((n,), labels[0], dtype=v.dtype)
    return square, shifted, main, upper, half, ones, flags, floor, also, given, unknown, label
