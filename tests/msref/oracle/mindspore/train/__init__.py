"""msref (test instrument, NOT MindSpore): ``mindspore.train`` (checkpoint functions only)."""
from .serialization import load_checkpoint, load_param_into_net, save_checkpoint  # noqa: F401
