"""msref (test instrument, NOT MindSpore): ``mindspore.experimental``."""
from . import optim  # noqa: F401
