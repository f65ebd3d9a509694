"""msref (test instrument, NOT MindSpore): ``mindspore.mint.special``."""
import torch

from ..ops._define import define

F = {}
for _name in ("erfc", "expm1", "exp2", "log1p", "sinc", "round"):
    define(F, _name, "input", getattr(torch.special, _name))
define(F, "log_softmax", "input, dim, dtype=None", lambda x, d, dt: torch.special.log_softmax(x, d))
globals().update(F)
