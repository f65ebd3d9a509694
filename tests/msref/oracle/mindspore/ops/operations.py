"""msref (test instrument, NOT MindSpore): ``mindspore.ops.operations`` (primitive classes)."""
from .primitives import PRIMITIVES, Primitive  # noqa: F401

globals().update(PRIMITIVES)
