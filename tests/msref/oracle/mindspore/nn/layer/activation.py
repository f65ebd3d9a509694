"""msref (test instrument, NOT MindSpore): activation cells of mindspore.nn.

MindSpore facts kept here: GELU(approximate=True) is the tanh approximation by default;
Softmax/LogSoftmax take ``axis``; LeakyReLU's slope is ``alpha=0.2``; PReLU's parameter is
``w`` (named 'a') with (channel=1, w=0.25).
"""
import torch
import torch.nn.functional as TF

from ..._bridge import op
from ...common.initializer import initializer
from ...common.parameter import Parameter
from ...common.tensor import Tensor
from ..cell import Cell, bind_hyper_parameters


def _cell(name, fn, params=(), repr_fmt=None):
    """A parameterless activation cell applying ``fn(x, *hyper_parameters)``."""

    def __init__(self, *args, **kwargs):
        Cell.__init__(self)
        values = bind_hyper_parameters(name, params, args, kwargs)
        for key, value in values.items():
            object.__setattr__(self, key, value)
        object.__setattr__(self, "_hyper", [values[k] for k, _ in params])

    def construct(self, *inputs):
        return op(lambda *xs: fn(*xs, *self._hyper))(*inputs)

    def extend_repr(self):
        return repr_fmt.format(**{k: getattr(self, k) for k, _ in params}) if repr_fmt else ""

    return type(name, (Cell,), {"__init__": __init__, "construct": construct, "extend_repr": extend_repr,
                                "__doc__": f"msref: mindspore.nn.{name} (not MindSpore)."})


def _gelu(x, approximate):
    return TF.gelu(x, approximate="tanh" if approximate else "none")


ReLU = _cell("ReLU", TF.relu)
ReLU6 = _cell("ReLU6", TF.relu6)
Tanh = _cell("Tanh", torch.tanh)
Sigmoid = _cell("Sigmoid", torch.sigmoid)
SiLU = _cell("SiLU", TF.silu)
SeLU = _cell("SeLU", TF.selu)
Softsign = _cell("Softsign", TF.softsign)
Tanhshrink = _cell("Tanhshrink", TF.tanhshrink)
LogSigmoid = _cell("LogSigmoid", TF.logsigmoid)
Mish = _cell("Mish", TF.mish)
HSwish = _cell("HSwish", TF.hardswish)
HSigmoid = _cell("HSigmoid", TF.hardsigmoid)
FastGelu = _cell("FastGelu", lambda x: x * torch.sigmoid(1.702 * x))
GELU = _cell("GELU", _gelu, (("approximate", True),))
ELU = _cell("ELU", lambda x, a: TF.elu(x, a), (("alpha", 1.0),))
CELU = _cell("CELU", lambda x, a: TF.celu(x, a), (("alpha", 1.0),))
LeakyReLU = _cell("LeakyReLU", lambda x, a: TF.leaky_relu(x, a), (("alpha", 0.2),))
Hardtanh = _cell("Hardtanh", lambda x, lo, hi: TF.hardtanh(x, lo, hi), (("min_val", -1.0), ("max_val", 1.0)))
SoftShrink = _cell("SoftShrink", lambda x, l: TF.softshrink(x, l), (("lambd", 0.5),))
HShrink = _cell("HShrink", lambda x, l: TF.hardshrink(x, l), (("lambd", 0.5),))
Threshold = _cell("Threshold", lambda x, th, v: TF.threshold(x, th, v), (("threshold", None), ("value", None)))
Softmax = _cell("Softmax", lambda x, a: torch.softmax(x, a if isinstance(a, int) else a[0]), (("axis", -1),))
LogSoftmax = _cell("LogSoftmax", lambda x, a: torch.log_softmax(x, a), (("axis", -1),))
Softmin = _cell("Softmin", lambda x, a: torch.softmax(-x, a if isinstance(a, int) else a[0]), (("axis", -1),))
Softmax2d = _cell("Softmax2d", lambda x: torch.softmax(x, -3))
GLU = _cell("GLU", lambda x, a: TF.glu(x, a), (("axis", -1),))
RReLU = _cell("RReLU", lambda x, lo, hi: TF.leaky_relu(x, (lo + hi) / 2), (("lower", 1 / 8), ("upper", 1 / 3)))


class PReLU(Cell):
    """msref: ``mindspore.nn.PReLU(channel=1, w=0.25)``; parameter attribute ``w`` named 'a'."""

    def __init__(self, channel=1, w=0.25):
        super().__init__()
        if isinstance(w, Tensor):
            value = w
        else:
            value = initializer(w, [channel])
        self.w = Parameter(value, name="a")

    def construct(self, x):
        return op(lambda t, w: TF.prelu(t, w.to(t.dtype)))(x, self.w)


class LRN(Cell):
    def __init__(self, depth_radius=5, bias=1.0, alpha=1.0, beta=0.5, norm_region="ACROSS_CHANNELS"):
        super().__init__()
        self.args = (depth_radius, bias, alpha, beta, norm_region)

    def construct(self, input_x):
        from ...ops._nn import F as NN
        return NN["lrn"](input_x, *self.args)


_ACTIVATIONS = {
    "softmin": Softmin, "softmax": Softmax, "softmax2d": Softmax2d, "logsoftmax": LogSoftmax, "relu": ReLU,
    "relu6": ReLU6, "rrelu": RReLU, "silu": SiLU, "tanh": Tanh, "tanhshrink": Tanhshrink, "hardtanh": Hardtanh,
    "gelu": GELU, "fast_gelu": FastGelu, "elu": ELU, "sigmoid": Sigmoid, "softsign": Softsign, "prelu": PReLU,
    "leakyrelu": LeakyReLU, "hswish": HSwish, "hsigmoid": HSigmoid, "logsigmoid": LogSigmoid,
    "softshrink": SoftShrink, "hshrink": HShrink, "threshold": Threshold, "mish": Mish,
}


def get_activation(name, prim_name=None):
    if name is None:
        return None
    if name not in _ACTIVATIONS:
        raise KeyError(f"The activation '{name}' is not supported; choose from {sorted(_ACTIVATIONS)}.")
    return _ACTIVATIONS[name]()
