"""msref (test instrument, NOT MindSpore): ``mindspore.ops.function.random_func`` (internal names, see ops/_internal)."""
from .._internal import resolve


def __getattr__(name):
    return resolve(name)
