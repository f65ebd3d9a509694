import math

import torch


def masks(v, m, n, fill, labels):
    square = torch.diag(v)
    shifted = torch.diag(v, 1)
    main = m.diag()
    upper = m.diag(diagonal=1)
    half = torch.full((n, n), 0.5)
    ones = torch.full((n,), 1)
    flags = torch.full((n,), False)
    floor = torch.full((n,), -math.inf)
    also = torch.full((n,), float('-inf'))
    given = torch.full((n,), fill, dtype=torch.float16)
    unknown = torch.full((n,), fill)
    label = torch.full((n,), labels[0], dtype=v.dtype)
    return square, shifted, main, upper, half, ones, flags, floor, also, given, unknown, label
