"""msref (test instrument, NOT MindSpore): parametrised ``mindspore.mint.nn`` layers (PyTorch-aligned).

Parameter names and defaults follow torch: weight/bias, running_mean/running_var and an int64
``num_batches_tracked`` Parameter for BatchNorm (momentum 0.1 is torch's convention here).
"""
import math

import torch
import torch.nn.functional as TF

from ..._bridge import op
from ...common import dtype as mstype
from ...common.initializer import HeUniform, Uniform, initializer
from ...common.parameter import Parameter
from ...common.tensor import Tensor
from ...nn.cell import Cell
from ...ops._conv_pool import ntuple


class _ConvNd(Cell):
    _nd = 2
    _transposed = False

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True,
                 padding_mode="zeros", dtype=None, output_padding=0):
        super().__init__()
        nd = self._nd
        self.in_channels, self.out_channels, self.groups = in_channels, out_channels, groups
        self.kernel_size, self.stride = ntuple(kernel_size, nd), ntuple(stride, nd)
        self.padding = padding if isinstance(padding, str) else ntuple(padding, nd)
        self.dilation, self.padding_mode = ntuple(dilation, nd), padding_mode
        self.output_padding = ntuple(output_padding, nd)
        dtype = dtype or mstype.float32
        shape = [in_channels, out_channels // groups, *self.kernel_size] if self._transposed else \
            [out_channels, in_channels // groups, *self.kernel_size]
        self.weight = Parameter(initializer(HeUniform(math.sqrt(5)), shape, dtype), name="weight")
        fan_in = shape[1] * math.prod(self.kernel_size)
        self.bias = Parameter(initializer(Uniform(1 / math.sqrt(fan_in)), [out_channels], dtype), name="bias") \
            if bias else None

    def construct(self, input):
        def compute(x, w, b):
            if self._transposed:
                fn = getattr(TF, f"conv_transpose{self._nd}d")
                return fn(x, w, b, self.stride, self.padding, self.output_padding, self.groups, self.dilation)
            fn = getattr(TF, f"conv{self._nd}d")
            if self.padding_mode != "zeros" and not isinstance(self.padding, str):
                pads = [p for p in reversed(self.padding) for _ in (0, 1)]
                mode = {"reflect": "reflect", "replicate": "replicate", "circular": "circular"}[self.padding_mode]
                return fn(TF.pad(x, pads, mode), w, b, self.stride, 0, self.dilation, self.groups)
            return fn(x, w, b, self.stride, self.padding, self.dilation, self.groups)
        return op(compute)(input, self.weight, self.bias)


class Conv1d(_ConvNd):
    _nd = 1


class Conv2d(_ConvNd):
    _nd = 2


class Conv3d(_ConvNd):
    _nd = 3


class ConvTranspose2d(_ConvNd):
    _nd = 2
    _transposed = True

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1,
                 bias=True, dilation=1, padding_mode="zeros", dtype=None):
        super().__init__(in_channels, out_channels, kernel_size, stride, padding, dilation, groups, bias,
                         padding_mode, dtype, output_padding)


class _BatchNorm(Cell):
    _dims = (2, 3, 4, 5)

    def __init__(self, num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, dtype=None):
        super().__init__()
        dtype = dtype or mstype.float32
        self.num_features, self.eps, self.momentum = num_features, eps, momentum
        self.affine, self.track_running_stats = affine, track_running_stats
        if affine:
            self.weight = Parameter(initializer("ones", num_features, dtype), name="weight")
            self.bias = Parameter(initializer("zeros", num_features, dtype), name="bias")
        else:
            self.weight = self.bias = None
        if track_running_stats:
            self.running_mean = Parameter(initializer("zeros", num_features, dtype), name="running_mean",
                                          requires_grad=False)
            self.running_var = Parameter(initializer("ones", num_features, dtype), name="running_var",
                                         requires_grad=False)
            self.num_batches_tracked = Parameter(Tensor(0, dtype=mstype.int64), name="num_batches_tracked",
                                                 requires_grad=False)
        else:
            self.running_mean = self.running_var = self.num_batches_tracked = None
        self.set_train()  # MindSpore 2.6 mint.nn BatchNorm starts in training mode, like torch

    def construct(self, input):
        use_batch = self.training or not self.track_running_stats
        if self.training and self.track_running_stats:
            self.num_batches_tracked.set_data(self.num_batches_tracked + 1)
        return op(lambda x, m, v, w, b: TF.batch_norm(x, m, v, w, b, use_batch, self.momentum, self.eps))(
            input, self.running_mean, self.running_var, self.weight, self.bias)


class BatchNorm1d(_BatchNorm):
    pass


class BatchNorm2d(_BatchNorm):
    pass


class BatchNorm3d(_BatchNorm):
    pass


class LayerNorm(Cell):
    def __init__(self, normalized_shape, eps=1e-05, elementwise_affine=True, bias=True, dtype=None):
        super().__init__()
        dtype = dtype or mstype.float32
        self.normalized_shape = ntuple(normalized_shape, 1)
        self.eps, self.elementwise_affine = eps, elementwise_affine
        self.weight = Parameter(initializer("ones", self.normalized_shape, dtype), name="weight") \
            if elementwise_affine else None
        self.bias = Parameter(initializer("zeros", self.normalized_shape, dtype), name="bias") \
            if elementwise_affine and bias else None

    def construct(self, input):
        return op(lambda x, w, b: TF.layer_norm(x, self.normalized_shape, w, b, self.eps))(
            input, self.weight, self.bias)


class GroupNorm(Cell):
    def __init__(self, num_groups, num_channels, eps=1e-05, affine=True, dtype=None):
        super().__init__()
        dtype = dtype or mstype.float32
        self.num_groups, self.num_channels, self.eps = num_groups, num_channels, eps
        self.weight = Parameter(initializer("ones", num_channels, dtype), name="weight") if affine else None
        self.bias = Parameter(initializer("zeros", num_channels, dtype), name="bias") if affine else None

    def construct(self, input):
        return op(lambda x, w, b: TF.group_norm(x, self.num_groups, w, b, self.eps))(input, self.weight, self.bias)


class PReLU(Cell):
    def __init__(self, num_parameters=1, init=0.25, dtype=None):
        super().__init__()
        self.weight = Parameter(initializer(init, [num_parameters], dtype or mstype.float32), name="weight")

    def construct(self, input):
        return op(lambda x, w: TF.prelu(x, w))(input, self.weight)


_ = torch
