"""msref (test instrument, NOT MindSpore): ``mindspore.ops.functional``."""
from . import FUNCTIONS

globals().update(FUNCTIONS)
