"""msref (test instrument, NOT MindSpore): ``mindspore.ops.function`` (internal names, see ops/_internal)."""
from .._internal import resolve
from . import array_func, math_func, nn_func, random_func  # noqa: F401


def __getattr__(name):
    return resolve(name)
