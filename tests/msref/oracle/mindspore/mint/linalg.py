"""msref (test instrument, NOT MindSpore): ``mindspore.mint.linalg``."""
import torch

from ..ops._define import define

F = {}
define(F, "inv", "input", torch.linalg.inv)
define(F, "norm", "A, ord=None, dim=None, keepdim=False, *, dtype=None",
       lambda a, o, d, k, dt: torch.linalg.norm(a, o, d, k))
define(F, "vector_norm", "x, ord=2, dim=None, keepdim=False, *, dtype=None",
       lambda a, o, d, k, dt: torch.linalg.vector_norm(a, o, d, k))
define(F, "matrix_norm", "A, ord='fro', dim=(-2, -1), keepdim=False, *, dtype=None",
       lambda a, o, d, k, dt: torch.linalg.matrix_norm(a, o, d, k))
define(F, "qr", "A, mode='reduced'", lambda a, m: tuple(torch.linalg.qr(a, m)))
globals().update(F)
