"""msref (test instrument, NOT MindSpore): nn.Conv1d/2d/3d and the transposed convolutions.

MindSpore facts kept here: pad_mode defaults to 'same'; ``padding`` applies only with
pad_mode='pad' and is (top, bottom, left, right) for 2-D; ``group`` and ``has_bias`` (default
False); Conv1d/Conv1dTranspose keep a 4-D weight [out, in/group, 1, k] (MindSpore runs them as 2-D
convolutions); the weight defaults to HeUniform(sqrt(5)) and the bias to Uniform(1/sqrt(fan_in)).
"""
import math

from ..._bridge import op
from ...common import dtype as mstype
from ...common.initializer import HeUniform, Uniform, initializer
from ...common.parameter import Parameter
from ...ops._conv_pool import conv, conv_transpose, ntuple
from ..cell import Cell


class _Conv(Cell):
    def __init__(self, in_channels, out_channels, kernel_size, stride, pad_mode, padding, dilation, group, has_bias,
                 weight_init, bias_init, data_format, transposed, dtype, nd, weight_kernel=None):
        super().__init__()
        if pad_mode not in ("same", "valid", "pad"):
            raise ValueError(f"For '{self.cls_name}', the 'pad_mode' must be one of ['same', 'valid', 'pad'], "
                             f"but got {pad_mode}.")
        if pad_mode != "pad" and padding not in (0, (0,) * len(padding if isinstance(padding, tuple) else ())):
            raise ValueError(f"For '{self.cls_name}', the 'padding' must be zero when 'pad_mode' is not 'pad', "
                             f"but got {padding}.")
        if in_channels % group or out_channels % group:
            raise ValueError(f"For '{self.cls_name}', 'in_channels' and 'out_channels' must be divisible by 'group'.")
        self.in_channels, self.out_channels = in_channels, out_channels
        self.kernel_size = ntuple(kernel_size, nd)
        self.stride = ntuple(stride, nd)
        self.dilation = ntuple(dilation, nd)
        self.pad_mode, self.padding, self.group, self.has_bias = pad_mode, padding, group, has_bias
        self.data_format = data_format
        self._nd = nd
        kernel = weight_kernel or self.kernel_size
        shape = [in_channels, out_channels // group, *kernel] if transposed else \
            [out_channels, in_channels // group, *kernel]
        self.weight_init = HeUniform(math.sqrt(5)) if weight_init is None else weight_init
        self.weight = Parameter(initializer(self.weight_init, shape, dtype=dtype), name="weight")
        self.bias_init = bias_init
        if has_bias:
            if bias_init is None:
                fan_in = shape[1] * math.prod(kernel)
                self.bias_init = Uniform(1 / math.sqrt(fan_in)) if fan_in else "zeros"
            self.bias = Parameter(initializer(self.bias_init, [out_channels], dtype=dtype), name="bias")
        else:
            self.bias = None

    def extend_repr(self):
        return (f"input_channels={self.in_channels}, output_channels={self.out_channels}, "
                f"kernel_size={self.kernel_size}, stride={self.stride}, pad_mode={self.pad_mode}, "
                f"padding={self.padding}, dilation={self.dilation}, group={self.group}, has_bias={self.has_bias}, "
                f"weight_init={self.weight_init}, bias_init={self.bias_init}, format={self.data_format}")


@op
def _run_conv(x, weight, bias, stride, pad_mode, padding, dilation, group, nd):
    return conv(x, weight, bias, stride, pad_mode, padding, dilation, group, nd)


@op
def _run_conv1d(x, weight, bias, stride, pad_mode, padding, dilation, group):
    out = conv(x.unsqueeze(2), weight, bias, (1, stride[-1]), pad_mode, (0, 0, padding, padding)
               if isinstance(padding, int) else padding, (1, dilation[-1]), group, 2)
    return out.squeeze(2)


class Conv2d(_Conv):
    """msref: ``mindspore.nn.Conv2d`` (not MindSpore)."""

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, pad_mode="same", padding=0, dilation=1,
                 group=1, has_bias=False, weight_init=None, bias_init=None, data_format="NCHW", dtype=mstype.float32):
        super().__init__(in_channels, out_channels, kernel_size, stride, pad_mode, padding, dilation, group, has_bias,
                         weight_init, bias_init, data_format, False, dtype, 2)

    def construct(self, x):
        return _run_conv(x, self.weight, self.bias, self.stride, self.pad_mode, self.padding, self.dilation,
                         self.group, 2)


class Conv3d(_Conv):
    """msref: ``mindspore.nn.Conv3d`` (not MindSpore)."""

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, pad_mode="same", padding=0, dilation=1,
                 group=1, has_bias=False, weight_init=None, bias_init=None, data_format="NCDHW", dtype=mstype.float32):
        super().__init__(in_channels, out_channels, kernel_size, stride, pad_mode, padding, dilation, group, has_bias,
                         weight_init, bias_init, data_format, False, dtype, 3)

    def construct(self, x):
        return _run_conv(x, self.weight, self.bias, self.stride, self.pad_mode, self.padding, self.dilation,
                         self.group, 3)


class Conv1d(_Conv):
    """msref: ``mindspore.nn.Conv1d`` (not MindSpore); its weight is 4-D [out, in/group, 1, k]."""

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, pad_mode="same", padding=0, dilation=1,
                 group=1, has_bias=False, weight_init=None, bias_init=None, dtype=mstype.float32):
        for name, value in (("kernel_size", kernel_size), ("stride", stride), ("dilation", dilation)):
            if not isinstance(value, int):
                raise TypeError(f"For 'Conv1d', the type of '{name}' must be int.")
        super().__init__(in_channels, out_channels, kernel_size, stride, pad_mode, padding, dilation, group, has_bias,
                         weight_init, bias_init, "NCW", False, dtype, 1, weight_kernel=(1, kernel_size))

    def construct(self, x):
        return _run_conv1d(x, self.weight, self.bias, self.stride, self.pad_mode, self.padding, self.dilation,
                           self.group)


@op
def _run_conv_transpose(x, weight, bias, stride, pad_mode, padding, dilation, group, output_padding, nd):
    return conv_transpose(x, weight, bias, stride, pad_mode, padding, dilation, group, output_padding, nd)


class Conv2dTranspose(_Conv):
    """msref: ``mindspore.nn.Conv2dTranspose`` (not MindSpore); weight [in, out/group, kh, kw]."""

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, pad_mode="same", padding=0,
                 output_padding=0, dilation=1, group=1, has_bias=False, weight_init=None, bias_init=None,
                 dtype=mstype.float32):
        super().__init__(in_channels, out_channels, kernel_size, stride, pad_mode, padding, dilation, group, has_bias,
                         weight_init, bias_init, "NCHW", True, dtype, 2)
        self.output_padding = output_padding

    def construct(self, x):
        return _run_conv_transpose(x, self.weight, self.bias, self.stride, self.pad_mode, self.padding,
                                   self.dilation, self.group, self.output_padding, 2)


class Conv3dTranspose(_Conv):
    """msref: ``mindspore.nn.Conv3dTranspose`` (not MindSpore)."""

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, pad_mode="same", padding=0, dilation=1,
                 group=1, output_padding=0, has_bias=False, weight_init=None, bias_init=None, data_format="NCDHW",
                 dtype=mstype.float32):
        super().__init__(in_channels, out_channels, kernel_size, stride, pad_mode, padding, dilation, group, has_bias,
                         weight_init, bias_init, data_format, True, dtype, 3)
        self.output_padding = output_padding

    def construct(self, x):
        return _run_conv_transpose(x, self.weight, self.bias, self.stride, self.pad_mode, self.padding,
                                   self.dilation, self.group, self.output_padding, 3)


@op
def _run_conv1d_transpose(x, weight, bias, stride, pad_mode, padding, dilation, group):
    out = conv_transpose(x.unsqueeze(2), weight, bias, (1, stride[-1]), pad_mode,
                         (0, 0, padding, padding) if isinstance(padding, int) else padding, (1, dilation[-1]),
                         group, 0, 2)
    return out.squeeze(2)


class Conv1dTranspose(_Conv):
    """msref: ``mindspore.nn.Conv1dTranspose`` (not MindSpore); weight [in, out/group, 1, k]."""

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, pad_mode="same", padding=0, dilation=1,
                 group=1, has_bias=False, weight_init=None, bias_init=None, dtype=mstype.float32):
        super().__init__(in_channels, out_channels, kernel_size, stride, pad_mode, padding, dilation, group, has_bias,
                         weight_init, bias_init, "NCW", True, dtype, 1, weight_kernel=(1, kernel_size))

    def construct(self, x):
        return _run_conv1d_transpose(x, self.weight, self.bias, self.stride, self.pad_mode, self.padding,
                                     self.dilation, self.group)


