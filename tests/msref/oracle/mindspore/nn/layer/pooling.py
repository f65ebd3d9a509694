"""msref (test instrument, NOT MindSpore): pooling cells of mindspore.nn.

MindSpore facts kept here: MaxPool/AvgPool default to kernel_size=1, **stride=1** and
pad_mode='valid'; 'same' gives ceil(in / stride) (AvgPool 'same' averages over the real elements
only); ``padding``/``ceil_mode``/``return_indices`` need pad_mode='pad' for MaxPool.
"""
import torch.nn.functional as TF

from ..._bridge import op
from ...ops._conv_pool import pool
from ..cell import Cell


class _Pool(Cell):
    _kind = "max"
    _nd = 2

    def __init__(self, kernel_size=1, stride=1, pad_mode="valid", padding=0, dilation=1, return_indices=False,
                 ceil_mode=False, count_include_pad=True, divisor_override=None, data_format="NCHW"):
        super().__init__()
        if pad_mode.upper() not in ("VALID", "SAME", "PAD"):
            raise ValueError(f"For '{self.cls_name}', the 'pad_mode' must be 'valid', 'same' or 'pad'.")
        if self._kind == "max" and pad_mode.upper() != "PAD" and (padding != 0 or dilation != 1 or return_indices
                                                                  or ceil_mode):
            raise ValueError(f"For {self.cls_name}, the parameter 'padding', 'dilation', 'return_indices', "
                             f"'ceil_mode' can not be set to non-default value when pad_mode is not 'pad', "
                             f"but got pad_mode:{pad_mode}.")
        self.kernel_size, self.stride, self.pad_mode = kernel_size, stride, pad_mode.upper()
        self.padding, self.dilation, self.return_indices = padding, dilation, return_indices
        self.ceil_mode, self.count_include_pad, self.divisor_override = ceil_mode, count_include_pad, divisor_override

    def construct(self, x):
        return op(lambda t: pool(t, self._nd, self._kind, self.kernel_size, self.stride, self.pad_mode,
                                 self.padding, self.ceil_mode, self.count_include_pad, self.divisor_override,
                                 self.dilation, self.return_indices))(x)

    def extend_repr(self):
        return f"kernel_size={self.kernel_size}, stride={self.stride}, pad_mode={self.pad_mode}"


def _pool_cell(name, kind, nd, avg=False):
    if avg:
        def __init__(self, kernel_size=1, stride=1, pad_mode="valid", padding=0, ceil_mode=False,
                     count_include_pad=True, divisor_override=None, data_format="NCHW"):
            _Pool.__init__(self, kernel_size, stride, pad_mode, padding, 1, False, ceil_mode, count_include_pad,
                           divisor_override, data_format)
    else:
        def __init__(self, kernel_size=1, stride=1, pad_mode="valid", padding=0, dilation=1, return_indices=False,
                     ceil_mode=False, data_format="NCHW"):
            _Pool.__init__(self, kernel_size, stride, pad_mode, padding, dilation, return_indices, ceil_mode,
                           True, None, data_format)
    return type(name, (_Pool,), {"_kind": kind, "_nd": nd, "__init__": __init__,
                                 "__doc__": f"msref: mindspore.nn.{name} (not MindSpore)."})


MaxPool1d = _pool_cell("MaxPool1d", "max", 1)
MaxPool2d = _pool_cell("MaxPool2d", "max", 2)
MaxPool3d = _pool_cell("MaxPool3d", "max", 3)
AvgPool1d = _pool_cell("AvgPool1d", "avg", 1, avg=True)
AvgPool2d = _pool_cell("AvgPool2d", "avg", 2, avg=True)
AvgPool3d = _pool_cell("AvgPool3d", "avg", 3, avg=True)


class _PoolExt(Cell):
    """Torch-style pooling (mint.nn / nn.*Ext): stride defaults to kernel_size."""
    _kind, _nd = "max", 2

    def __init__(self, kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False,
                 count_include_pad=True, divisor_override=None):
        super().__init__()
        self.kernel_size, self.stride, self.padding, self.dilation = kernel_size, stride, padding, dilation
        self.return_indices, self.ceil_mode = return_indices, ceil_mode
        self.count_include_pad, self.divisor_override = count_include_pad, divisor_override

    def construct(self, input):
        return op(lambda t: pool(t, self._nd, self._kind, self.kernel_size, self.stride, "pad", self.padding,
                                 self.ceil_mode, self.count_include_pad, self.divisor_override, self.dilation,
                                 self.return_indices))(input)


def _ext(name, kind, nd, avg=False):
    if avg:
        def __init__(self, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
                     divisor_override=None):
            _PoolExt.__init__(self, kernel_size, stride, padding, 1, False, ceil_mode, count_include_pad,
                              divisor_override)
    else:
        def __init__(self, kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False):
            _PoolExt.__init__(self, kernel_size, stride, padding, dilation, return_indices, ceil_mode)
    return type(name, (_PoolExt,), {"_kind": kind, "_nd": nd, "__init__": __init__})


MaxPool2dExt = _ext("MaxPool2d", "max", 2)
AvgPool1dExt = _ext("AvgPool1d", "avg", 1, avg=True)
AvgPool2dExt = _ext("AvgPool2d", "avg", 2, avg=True)
AvgPool3dExt = _ext("AvgPool3d", "avg", 3, avg=True)


def _adaptive(name, fn, with_indices=False):
    def __init__(self, output_size, return_indices=False):
        Cell.__init__(self)
        self.output_size, self.return_indices = output_size, return_indices

    def construct(self, input):
        if with_indices:
            return op(lambda t: fn(t, self.output_size, self.return_indices))(input)
        return op(lambda t: fn(t, self.output_size))(input)

    return type(name, (Cell,), {"__init__": __init__, "construct": construct,
                                "__doc__": f"msref: mindspore.nn.{name} (not MindSpore)."})


AdaptiveAvgPool1d = _adaptive("AdaptiveAvgPool1d", TF.adaptive_avg_pool1d)
AdaptiveAvgPool2d = _adaptive("AdaptiveAvgPool2d", TF.adaptive_avg_pool2d)
AdaptiveAvgPool3d = _adaptive("AdaptiveAvgPool3d", TF.adaptive_avg_pool3d)
AdaptiveMaxPool1d = _adaptive("AdaptiveMaxPool1d", TF.adaptive_max_pool1d, True)
AdaptiveMaxPool2d = _adaptive("AdaptiveMaxPool2d", TF.adaptive_max_pool2d, True)
AdaptiveMaxPool3d = _adaptive("AdaptiveMaxPool3d", TF.adaptive_max_pool3d, True)


class _LPPool(Cell):
    _fn = None

    def __init__(self, norm_type, kernel_size, stride=None, ceil_mode=False):
        super().__init__()
        self.args = (norm_type, kernel_size, stride, ceil_mode)

    def construct(self, x):
        return op(lambda t: type(self)._fn(t, *self.args))(x)


class LPPool1d(_LPPool):
    _fn = staticmethod(TF.lp_pool1d)


class LPPool2d(_LPPool):
    _fn = staticmethod(TF.lp_pool2d)


class _MaxUnpool(Cell):
    _nd = 2

    def __init__(self, kernel_size, stride=None, padding=0):
        super().__init__()
        self.kernel_size, self.stride, self.padding = kernel_size, stride, padding

    def construct(self, x, indices, output_size=None):
        fn = getattr(TF, f"max_unpool{self._nd}d")
        return op(lambda t, i: fn(t, i.long(), self.kernel_size, self.stride, self.padding, output_size))(x, indices)


class MaxUnpool1d(_MaxUnpool):
    _nd = 1


class MaxUnpool2d(_MaxUnpool):
    _nd = 2


class MaxUnpool3d(_MaxUnpool):
    _nd = 3
