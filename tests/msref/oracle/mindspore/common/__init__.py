"""msref (test instrument, NOT MindSpore): ``mindspore.common``."""
from . import dtype  # noqa: F401


def __getattr__(name):
    if name in ("Tensor", "Parameter", "ParameterTuple", "initializer"):
        from . import initializer, parameter, tensor
        return {"Tensor": tensor.Tensor, "Parameter": parameter.Parameter,
                "ParameterTuple": parameter.ParameterTuple, "initializer": initializer}[name]
    raise AttributeError(name)
