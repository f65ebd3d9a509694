"""msref (test instrument, NOT MindSpore): ``mindspore.ops.auto_generate`` (internal names, see _internal)."""
from ._internal import resolve


def __getattr__(name):
    return resolve(name)
