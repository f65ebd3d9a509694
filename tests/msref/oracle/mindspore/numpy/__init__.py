"""msref (test instrument, NOT MindSpore): the part of ``mindspore.numpy`` the converter emits.

``mindspore.numpy.diag(v, k=0)`` (numpy/array_creations.py at v2.6.0): a 1-D input becomes the
diagonal of a square matrix (``diagflat``); from a 2-D input the k-th diagonal is taken as the
row sums of the input masked by ``eye(rows, cols, k)``, in float32 for non-float inputs (so an
inf or nan off the diagonal turns the result nan, where torch.diag returns the diagonal as it is);
other ranks raise ValueError.
"""
import torch

from ..ops._define import define

F = {}


def _diag(v, k):
    if v.dim() == 1:
        return torch.diagflat(v, k)
    if v.dim() != 2:
        raise ValueError("Input must be 1- or 2-d.")
    rows, cols = v.shape
    if v.numel() == 0:
        return torch.empty((0,), dtype=v.dtype)
    mask = torch.ones((rows, cols), dtype=v.dtype).triu(k).tril(k)
    product = v * mask
    if not product.is_floating_point():
        product = product.to(torch.float32)
    out = product.sum(1)[max(0, -k):min(rows, max(0, cols - k))]
    return out.to(v.dtype)


define(F, "diag", "v, k=0", _diag)
globals().update(F)
