"""msref (test instrument, NOT MindSpore): ``mindspore.experimental.optim`` (torch-style optimizers)."""
from ...mint.optim import SGD, Adam, AdamW  # noqa: F401
from . import lr_scheduler  # noqa: F401
