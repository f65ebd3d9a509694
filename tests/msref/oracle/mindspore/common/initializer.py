"""msref (test instrument, NOT MindSpore): ``mindspore.common.initializer``.

Initial values come from torch's RNG (mindspore.set_seed seeds it), so random initial weights
never equal MindSpore's; tests load weights instead of relying on initial values.
"""
import math
import numbers

import numpy as np
import torch

from . import dtype as mstype
from .tensor import Tensor


class Initializer:
    """Base of the initializers; ``init(shape, dtype)`` returns a torch tensor."""

    def __init__(self, **kwargs):
        self._kwargs = kwargs

    def fill(self, t):
        raise NotImplementedError

    def __call__(self, arr):
        t = torch.from_numpy(np.asarray(arr)).clone()
        self.fill(t)
        arr[...] = t.numpy()


def _fans(shape):
    if len(shape) < 2:
        return shape[0] if shape else 1, shape[0] if shape else 1
    receptive = int(np.prod(shape[2:])) if len(shape) > 2 else 1
    return shape[1] * receptive, shape[0] * receptive


class Zero(Initializer):
    def fill(self, t):
        t.zero_()


class One(Initializer):
    def fill(self, t):
        t.fill_(1)


class Constant(Initializer):
    def __init__(self, value):
        super().__init__(value=value)
        self.value = value

    def fill(self, t):
        t.fill_(self.value)


class Normal(Initializer):
    def __init__(self, sigma=0.01, mean=0.0, seed=None):
        super().__init__()
        self.sigma, self.mean = sigma, mean

    def fill(self, t):
        t.normal_(self.mean, self.sigma)


class TruncatedNormal(Initializer):
    def __init__(self, sigma=0.01, mean=0.0, a=-2.0, b=2.0):
        super().__init__()
        self.sigma, self.mean, self.a, self.b = sigma, mean, a, b

    def fill(self, t):
        torch.nn.init.trunc_normal_(t, self.mean, self.sigma, self.a, self.b)


class Uniform(Initializer):
    def __init__(self, scale=0.07):
        super().__init__()
        self.scale = scale

    def fill(self, t):
        t.uniform_(-self.scale, self.scale)


class HeUniform(Initializer):
    def __init__(self, negative_slope=0, mode="fan_in", nonlinearity="leaky_relu"):
        super().__init__()
        self.a, self.mode, self.nonlinearity = negative_slope, mode, nonlinearity

    def fill(self, t):
        torch.nn.init.kaiming_uniform_(t, self.a, self.mode, self.nonlinearity)


class HeNormal(HeUniform):
    def fill(self, t):
        torch.nn.init.kaiming_normal_(t, self.a, self.mode, self.nonlinearity)


class XavierUniform(Initializer):
    def __init__(self, gain=1):
        super().__init__()
        self.gain = gain

    def fill(self, t):
        torch.nn.init.xavier_uniform_(t, self.gain)


class XavierNormal(XavierUniform):
    def fill(self, t):
        torch.nn.init.xavier_normal_(t, self.gain)


class Identity(Initializer):
    def fill(self, t):
        torch.nn.init.eye_(t)


class Orthogonal(Initializer):
    def __init__(self, gain=1.0):
        super().__init__()
        self.gain = gain

    def fill(self, t):
        torch.nn.init.orthogonal_(t, self.gain)


_BY_NAME = {
    "zeros": Zero, "zero": Zero, "ones": One, "one": One, "normal": Normal, "uniform": Uniform,
    "truncatednormal": TruncatedNormal, "heuniform": HeUniform, "henormal": HeNormal,
    "xavieruniform": XavierUniform, "xaviernormal": XavierNormal, "identity": Identity,
    "orthogonal": Orthogonal, "he_uniform": HeUniform, "he_normal": HeNormal,
    "xavier_uniform": XavierUniform, "xavier_normal": XavierNormal,
}


def initializer(init, shape=None, dtype=mstype.float32):
    """A Tensor of ``shape`` initialised by ``init`` (name, Initializer, number or Tensor)."""
    dtype = mstype.resolve(dtype)
    if isinstance(init, Tensor):
        return Tensor._from_torch(init._t.detach().clone().to(dtype.torch_dtype))
    shape = (shape,) if isinstance(shape, int) else tuple(shape or ())
    data = torch.zeros(shape, dtype=torch.float64 if dtype.torch_dtype.is_floating_point else dtype.torch_dtype)
    if isinstance(init, str):
        init = _BY_NAME[init.lower()]()
    if isinstance(init, bool) or isinstance(init, numbers.Number):
        init = Constant(init)
    if isinstance(init, type) and issubclass(init, Initializer):
        init = init()
    with torch.no_grad():
        init.fill(data)
    return Tensor._from_torch(data.to(dtype.torch_dtype))


_ = math
