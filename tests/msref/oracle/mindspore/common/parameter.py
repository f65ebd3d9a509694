"""msref (test instrument, NOT MindSpore): ``mindspore.Parameter`` and ``ParameterTuple``.

A Parameter is a Tensor with a ``name`` (default "Parameter", replaced by the attribute name when
a Cell adopts it, and prefixed by update_parameters_name) and ``requires_grad``.
"""
import numbers

import torch

from .tensor import Tensor

PARAMETER_NAME_DEFAULT = "Parameter"


class Parameter(Tensor):
    """msref stand-in for ``mindspore.Parameter`` (not MindSpore)."""

    def __init__(self, default_input, name=None, requires_grad=True, layerwise_parallel=False,
                 parallel_optimizer=True, storage_format="", device=None):
        if isinstance(default_input, Tensor):
            data = default_input._t.detach().clone()
        elif isinstance(default_input, numbers.Number):
            data = Tensor(default_input)._t
        else:
            data = Tensor(default_input)._t
        self._t = data
        self.name = name
        self.requires_grad = requires_grad
        self.layerwise_parallel = layerwise_parallel
        self.parallel_optimizer = parallel_optimizer
        self.is_init = False

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = PARAMETER_NAME_DEFAULT if name is None or name == "" else name

    @property
    def inited_param(self):
        return None

    @property
    def data(self):
        return self

    def value(self):
        return Tensor._from_torch(self._t)

    def set_data(self, data, slice_shape=False):
        new = data._t if isinstance(data, Tensor) else Tensor(data)._t
        if not slice_shape and tuple(new.shape) != tuple(self._t.shape):
            raise ValueError(f"For 'Parameter.set_data', the shape {tuple(new.shape)} of new data is not equal "
                             f"to the shape {tuple(self._t.shape)} of parameter '{self.name}'.")
        self._t = new.detach().clone().to(self._t.dtype)
        return self

    def assign_value(self, value):
        return self.set_data(value)

    def clone(self, init="same"):
        return Parameter(Tensor._from_torch(self._t.detach().clone()), name=self.name,
                         requires_grad=self.requires_grad)

    def init_data(self, layout=None, set_sliced=False):
        return self

    def __str__(self):
        return (f"Parameter (name={self.name}, shape={self.shape}, dtype={self.dtype}, "
                f"requires_grad={self.requires_grad})")

    __repr__ = __str__

    def __deepcopy__(self, memodict):
        return self.clone()

    def __getstate__(self):
        return {"_t": self._t, "_name": self._name, "requires_grad": self.requires_grad}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.layerwise_parallel = False
        self.parallel_optimizer = True
        self.is_init = False


class ParameterTuple(tuple):
    """A tuple of Parameters (names must be unique, as in MindSpore)."""

    def __new__(cls, iterable):
        data = tuple(iterable)
        for item in data:
            if not isinstance(item, Parameter):
                raise TypeError("ParameterTuple input should be Parameter.")
        return tuple.__new__(cls, data)

    def clone(self, prefix, init="same"):
        cloned = []
        for param in self:
            new = param.clone(init)
            new.name = prefix + "." + param.name
            cloned.append(new)
        return ParameterTuple(cloned)


_ = torch
