"""msref (test instrument, NOT MindSpore): ``mindspore.mint`` (PyTorch-aligned functions)."""
from ._functions import F as _FUNCTIONS
from . import nn  # noqa: F401
from . import optim  # noqa: F401
from . import linalg, special  # noqa: F401

globals().update(_FUNCTIONS)
