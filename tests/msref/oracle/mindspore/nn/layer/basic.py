"""msref (test instrument, NOT MindSpore): nn.Dense, nn.Linear, nn.Dropout, nn.Flatten and friends.

MindSpore facts kept here: Dense(in_channels, out_channels, ..., has_bias=True, activation=None)
with weight [out, in]; Dropout's first positional argument is keep_prob (p= is the drop rate,
2.x); Flatten(start_dim=1, end_dim=-1); cells are in inference mode until set_train().
"""
import math

import torch
import torch.nn.functional as TF

from ..._bridge import op
from ...common import dtype as mstype
from ...common.initializer import HeUniform, Uniform, initializer
from ...common.parameter import Parameter
from ...ops._nn import check_scale_factor
from ..cell import Cell


@op
def _linear(x, weight, bias):
    return TF.linear(x, weight, bias)


class Dense(Cell):
    """msref: ``mindspore.nn.Dense`` (not MindSpore)."""

    def __init__(self, in_channels, out_channels, weight_init=None, bias_init=None, has_bias=True, activation=None,
                 dtype=mstype.float32):
        super().__init__()
        self.in_channels, self.out_channels, self.has_bias = in_channels, out_channels, has_bias
        weight_init = HeUniform(math.sqrt(5)) if weight_init is None else weight_init
        self.weight = Parameter(initializer(weight_init, [out_channels, in_channels], dtype=dtype), name="weight")
        self.bias = None
        if has_bias:
            bias_init = Uniform(1 / math.sqrt(in_channels)) if bias_init is None else bias_init
            self.bias = Parameter(initializer(bias_init, [out_channels], dtype=dtype), name="bias")
        from .activation import get_activation
        self.activation = get_activation(activation) if isinstance(activation, str) else activation
        self.activation_flag = self.activation is not None

    def construct(self, x):
        out = _linear(x, self.weight, self.bias)
        return self.activation(out) if self.activation_flag else out

    def extend_repr(self):
        text = f"input_channels={self.in_channels}, output_channels={self.out_channels}"
        if self.has_bias:
            text += f", has_bias={self.has_bias}"
        if self.activation_flag:
            text += f", activation={self.activation}"
        return text


class Linear(Cell):
    """msref: ``mindspore.nn.Linear`` (2.6, torch-style names; not MindSpore)."""

    def __init__(self, in_features, out_features, bias=True, weight_init=None, bias_init=None, dtype=None):
        super().__init__()
        dtype = dtype or mstype.float32
        self.in_features, self.out_features, self.has_bias = in_features, out_features, bias
        weight_init = HeUniform(math.sqrt(5)) if weight_init is None else weight_init
        self.weight = Parameter(initializer(weight_init, [out_features, in_features], dtype=dtype), name="weight")
        self.bias = None
        if bias:
            bias_init = Uniform(1 / math.sqrt(in_features)) if bias_init is None else bias_init
            self.bias = Parameter(initializer(bias_init, [out_features], dtype=dtype), name="bias")

    def construct(self, x):
        return _linear(x, self.weight, self.bias)

    def extend_repr(self):
        return f"input_features={self.in_features}, output_features={self.out_features}, has_bias={self.has_bias}"


@op
def _dropout(x, p, training):
    return TF.dropout(x, p, training)


class Dropout(Cell):
    """msref: ``mindspore.nn.Dropout(keep_prob=0.5, p=None)`` (not MindSpore)."""

    def __init__(self, keep_prob=0.5, p=None, dtype=mstype.float32):
        super().__init__()
        if p is None:
            if not 0 < keep_prob <= 1:
                raise ValueError(f"For 'Dropout', the 'keep_prob' must be a number in range (0, 1], but got {keep_prob}.")
            self.keep_prob, self.p = keep_prob, 1.0 - keep_prob
        else:
            if not 0 <= p < 1:
                raise ValueError(f"For 'Dropout', the 'p' must be a number in range [0, 1), but got {p}.")
            self.keep_prob, self.p = 1.0 - p, p
        self._use_p = p is not None

    def construct(self, x):
        if not self.training or self.p == 0:
            return x
        return _dropout(x, self.p, True)

    def extend_repr(self):
        return f"p={self.p}" if self._use_p else f"keep_prob={self.keep_prob}"


class DropoutExt(Cell):
    """msref: ``mindspore.mint.nn.Dropout(p=0.5)`` (not MindSpore)."""

    def __init__(self, p=0.5, inplace=False):
        super().__init__()
        self.p = p

    def construct(self, x):
        if not self.training or self.p == 0:
            return x
        return _dropout(x, self.p, True)


class _DropoutNd(Cell):
    _fn = None

    def __init__(self, p=0.5):
        super().__init__()
        self.p = p
        self.keep_prob = 1 - p

    def construct(self, x):
        if not self.training or self.p == 0:
            return x
        return op(type(self)._fn)(x, self.p, True)

    def extend_repr(self):
        return f"p={self.p}"


class Dropout1d(_DropoutNd):
    _fn = staticmethod(TF.dropout1d)


class Dropout2d(_DropoutNd):
    _fn = staticmethod(TF.dropout2d)


class Dropout3d(_DropoutNd):
    _fn = staticmethod(TF.dropout3d)


class Flatten(Cell):
    """msref: ``mindspore.nn.Flatten(start_dim=1, end_dim=-1)`` (not MindSpore)."""

    def __init__(self, start_dim=1, end_dim=-1):
        super().__init__()
        self.start_dim, self.end_dim = start_dim, end_dim

    def construct(self, x):
        return op(lambda t: torch.flatten(t, self.start_dim, self.end_dim) if t.dim() else t.reshape(1))(x)


class Unflatten(Cell):
    """msref: ``mindspore.nn.Unflatten(axis, unflattened_size)`` (not MindSpore)."""

    def __init__(self, axis, unflattened_size):
        super().__init__()
        self.axis, self.unflattened_size = axis, tuple(unflattened_size)

    def construct(self, x):
        return op(lambda t: t.unflatten(self.axis, self.unflattened_size))(x)


class Identity(Cell):
    """msref: ``mindspore.nn.Identity`` (not MindSpore)."""

    def __init__(self, *args, **kwargs):
        super().__init__()

    def construct(self, input):
        return input


class Upsample(Cell):
    """msref: ``mindspore.nn.Upsample`` (not MindSpore)."""

    def __init__(self, size=None, scale_factor=None, mode="nearest", align_corners=None, recompute_scale_factor=None):
        super().__init__()
        self.size, self.scale_factor, self.mode = size, scale_factor, mode
        self.align_corners, self.recompute_scale_factor = align_corners, recompute_scale_factor

    def construct(self, x):
        check_scale_factor(len(x.shape), self.scale_factor, self.mode, self.recompute_scale_factor)
        return op(lambda t: TF.interpolate(t, self.size, self.scale_factor, self.mode, self.align_corners,
                                           self.recompute_scale_factor))(x)


class Pad(Cell):
    """msref: ``mindspore.nn.Pad(paddings, mode='CONSTANT')``: paddings are ((before, after), ...) per dim."""

    def __init__(self, paddings, mode="CONSTANT"):
        super().__init__()
        self.paddings, self.mode = tuple(tuple(p) for p in paddings), mode.upper()

    def construct(self, x):
        from ...ops._nn import F as NN
        if self.mode == "CONSTANT":
            flat = []
            for before, after in reversed(self.paddings):
                flat += [before, after]
            return op(lambda t: TF.pad(t, flat))(x)
        return NN["mirror_pad"](x, self.paddings, self.mode)


class PixelShuffle(Cell):
    def __init__(self, upscale_factor):
        super().__init__()
        self.upscale_factor = upscale_factor

    def construct(self, input):
        return op(lambda t: TF.pixel_shuffle(t, self.upscale_factor))(input)


class PixelUnshuffle(Cell):
    def __init__(self, downscale_factor):
        super().__init__()
        self.downscale_factor = downscale_factor

    def construct(self, input):
        return op(lambda t: TF.pixel_unshuffle(t, self.downscale_factor))(input)


class ChannelShuffle(Cell):
    def __init__(self, groups):
        super().__init__()
        self.groups = groups

    def construct(self, x):
        return op(lambda t: TF.channel_shuffle(t, self.groups))(x)


class L1Regularizer(Cell):
    def __init__(self, scale):
        super().__init__()
        self.scale = scale

    def construct(self, weights):
        return op(lambda w: self.scale * torch.sum(torch.abs(w)))(weights)
