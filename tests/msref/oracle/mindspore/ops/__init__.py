"""msref (test instrument, NOT MindSpore): ``mindspore.ops`` (functional API and primitives).

Every name here is a reference implementation of MindSpore 2.6 semantics written in torch terms;
this package exists only to check converted code in tests.
"""
from . import _array, _elementwise, _grad, _linalg, _nn, _random, _reduce, primitives
from ._grad import grad, jit, value_and_grad
from .primitives import PRIMITIVES, Primitive, PrimitiveWithCheck, PrimitiveWithInfer

MSREF_NOTICE = "msref is a test-only reference of MindSpore semantics; it is not MindSpore."

FUNCTIONS = {}
for _module in (_elementwise, _reduce, _array, _linalg, _nn, _random):
    FUNCTIONS.update(_module.F)
globals().update(FUNCTIONS)
globals().update(PRIMITIVES)

from . import auto_generate, function, functional, operations  # noqa: E402,F401  (they read FUNCTIONS)


def __getattr__(name):
    """``ops.<name>_ext``: MindSpore's generated names for the mint functions."""
    if name.endswith("_ext") or (name.endswith("_") and not name.startswith("_")):
        from ._internal import resolve
        return resolve(name)
    if name == "extend":
        from . import auto_generate
        return auto_generate
    raise AttributeError(f"module 'mindspore.ops' has no attribute '{name}'")
