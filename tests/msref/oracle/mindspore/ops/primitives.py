"""msref (test instrument, NOT MindSpore): primitive classes of mindspore.ops (``ops.ReLU()(x)``).

Each primitive is configured by its ``__init__`` attributes and called with its inputs; the
computation reuses the functional reference. Simple ones are generated from tables.
"""
import torch

from .._bridge import op, tdtype
from ..common import dtype as mstype
from . import _array, _elementwise, _linalg, _nn, _reduce

F = {}
for _module in (_elementwise, _reduce, _array, _linalg, _nn):
    F.update(_module.F)

PRIMITIVES = {}


class Primitive:
    """msref stand-in for ``mindspore.ops.Primitive`` (not MindSpore)."""

    def __init__(self, name=None):
        self.name = name or type(self).__name__
        self.attrs = {}

    def add_prim_attr(self, name, value):
        self.attrs[name] = value
        return self

    def set_prim_instance_name(self, instance_name):
        self.instance_name = instance_name
        return self

    def shard(self, *args, **kwargs):
        return self

    def set_device(self, device_target):
        return self

    def __repr__(self):
        return f"Prim[{self.name}]"


PrimitiveWithInfer = PrimitiveWithCheck = Primitive


def _simple(name, fn_name, arity=None):
    """A primitive without attributes that calls functional ``fn_name`` with its inputs."""

    def __call__(self, *inputs):
        return F[fn_name](*inputs)

    cls = type(name, (Primitive,), {"__call__": __call__, "__doc__": f"msref: mindspore.ops.{name}."})
    PRIMITIVES[name] = cls


_SIMPLE = {
    "Abs": "abs", "ACos": "acos", "Acosh": "acosh", "Asin": "asin", "Asinh": "asinh", "Atan": "atan",
    "Atanh": "atanh", "Atan2": "atan2", "Cos": "cos", "Cosh": "cosh", "Sin": "sin", "Sinh": "sinh", "Tan": "tan",
    "Tanh": "tanh", "Exp": "exp", "Expm1": "expm1", "Log": "log", "Log1p": "log1p", "Sqrt": "sqrt", "Rsqrt": "rsqrt",
    "Square": "square", "Neg": "neg", "Reciprocal": "reciprocal", "Sign": "sign", "Floor": "floor", "Ceil": "ceil",
    "Erf": "erf", "Erfc": "erfc", "Erfinv": "erfinv", "Sigmoid": "sigmoid", "ReLU": "relu", "ReLU6": "relu6",
    "SeLU": "selu", "Softsign": "softsign", "Mish": "mish", "FastGeLU": "fast_gelu", "Digamma": "digamma",
    "Lgamma": "lgamma", "Sinc": "sinc", "Angle": "angle", "Real": "real", "Imag": "imag", "Conj": "conj",
    "IsNan": "isnan", "IsInf": "isinf", "IsFinite": "isfinite", "LogicalNot": "logical_not", "Invert": "invert",
    "Add": "add", "Sub": "sub", "Mul": "mul", "Div": "div", "RealDiv": "div", "FloorDiv": "floor_divide",
    "FloorMod": "floor_mod", "Mod": "fmod", "Pow": "pow", "Maximum": "maximum", "Minimum": "minimum",
    "Equal": "equal", "NotEqual": "ne", "Greater": "gt", "GreaterEqual": "ge", "Less": "lt", "LessEqual": "le",
    "LogicalAnd": "logical_and", "LogicalOr": "logical_or", "LogicalXor": "logical_xor", "BitwiseAnd": "bitwise_and",
    "BitwiseOr": "bitwise_or", "BitwiseXor": "bitwise_xor", "LeftShift": "bitwise_left_shift",
    "RightShift": "bitwise_right_shift", "Xdivy": "xdivy", "Xlogy": "xlogy", "Gcd": "gcd", "Lcm": "lcm",
    "NextAfter": "nextafter", "Polar": "polar", "Lerp": "lerp", "Addcdiv": "addcdiv", "Addcmul": "addcmul",
    "TruncateDiv": "truncate_div", "TruncateMod": "truncate_mod", "SquaredDifference": "squared_difference",
    "Select": "select", "MaskedFill": "masked_fill", "MaskedSelect": "masked_select", "GatherD": "gather_d",
    "GatherNd": "gather_nd", "Reshape": "reshape", "Transpose": "transpose", "ExpandDims": "expand_dims",
    "ZerosLike": "zeros_like", "OnesLike": "ones_like", "Size": "size", "Rank": "rank", "Shape": "shape",
    "ScatterNd": "scatter_nd", "TensorScatterAdd": "tensor_scatter_add", "TensorScatterSub": "tensor_scatter_sub",
    "TensorScatterMul": "tensor_scatter_mul", "TensorScatterDiv": "tensor_scatter_div",
    "TensorScatterMax": "tensor_scatter_max", "TensorScatterMin": "tensor_scatter_min",
    "TensorScatterUpdate": "tensor_scatter_update", "Slice": "slice", "Inv": "inv", 
    "MatrixDeterminant": "det", "LogMatrixDeterminant": "slogdet", "MatrixExp": "matrix_exp",
    "MatrixBandPart": "matrix_band_part", "Trace": "trace", "Ger": "ger", "Kron": "kron",
    "PReLU": "prelu", "Dense": "dense", "BesselI0": "bessel_i0", "BesselI0e": "bessel_i0e",
    "BesselI1": "bessel_i1", "BesselI1e": "bessel_i1e", "BesselJ0": "bessel_j0", "BesselJ1": "bessel_j1",
    "BesselK0": "bessel_k0", "BesselK0e": "bessel_k0e", "BesselK1": "bessel_k1", "BesselK1e": "bessel_k1e",
    "BesselY0": "bessel_y0", "BesselY1": "bessel_y1", "Eps": "eps", "Trunc": "trunc", "Rint": "round",
    "PopulationCount": "population_count", "Gcd_": "gcd", "NonZero": "nonzero", "Igamma": "igamma",
    "Igammac": "igammac", "Zeta": "zeta", "Heaviside": "heaviside", "Hypot": "hypot", "Ldexp": "ldexp",
    "SoftMarginLoss": "soft_margin_loss", "StopGradient": "stop_gradient",
    "Polygamma": "polygamma", "BroadcastGradientArgs": "shape",
    "Cdist": "cdist", "Orgqr": "orgqr", "Geqrf": "geqrf", "LuSolve": "lu_solve", "Fmax": "fmax", "Fmin": "fmin",
    "Cholesky": "cholesky", "CholeskySolve": "cholesky_solve",
}
for _name, _fn in _SIMPLE.items():
    _simple(_name, _fn)


def _cast(x, dtype):
    return F["cast"](x, dtype)


def _prim(name, init_params, call):
    """A primitive whose __init__ stores ``init_params`` (with defaults) and whose call is ``call(self, *in)``."""
    from ._define import signature_of
    signature = signature_of(init_params) if init_params else None

    def __init__(self, *args, **kwargs):
        Primitive.__init__(self, name)
        if signature is not None:
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            for key, value in bound.arguments.items():
                setattr(self, key, value)
        elif args or kwargs:
            raise TypeError(f"For '{name}', __init__ takes no arguments.")

    PRIMITIVES[name] = type(name, (Primitive,), {"__init__": __init__, "__call__": call,
                                                 "__doc__": f"msref: mindspore.ops.{name}."})


def _reduce_prim(fn_name, keep_name="keep_dims"):
    def call(self, x, axis=()):
        return F[fn_name](x, axis if axis != () else None, getattr(self, keep_name))
    return call


_prim("Cast", "", lambda self, x, dtype: _cast(x, dtype))
_prim("DType", "", lambda self, x: x.dtype)
_prim("ReduceSum", "keep_dims=False, skip_mode=False", lambda self, x, axis=(): F["sum"](x, axis if axis != () else None, self.keep_dims))
_prim("ReduceMean", "keep_dims=False", _reduce_prim("mean"))
_prim("ReduceMax", "keep_dims=False", lambda self, x, axis=(): F["amax"](x, axis if axis != () else None, self.keep_dims))
_prim("ReduceMin", "keep_dims=False", lambda self, x, axis=(): F["amin"](x, axis if axis != () else None, self.keep_dims))
_prim("ReduceProd", "keep_dims=False", _reduce_prim("prod"))
_prim("ReduceAll", "keep_dims=False", _reduce_prim("all"))
_prim("ReduceAny", "keep_dims=False", _reduce_prim("any"))
_prim("ReduceStd", "axis=[], unbiased=True, keep_dims=False",
      lambda self, x: F["std_mean"](x, self.axis if self.axis not in ([], ()) else None, int(self.unbiased),
                                    self.keep_dims))
_prim("ArgMaxWithValue", "axis=0, keep_dims=False",
      lambda self, x: tuple(reversed(F["max"](x, self.axis, self.keep_dims))))
_prim("ArgMinWithValue", "axis=0, keep_dims=False",
      lambda self, x: tuple(reversed(F["min"](x, self.axis, self.keep_dims))))
_prim("Argmax", "axis=-1, output_type=mstype.int32",
      lambda self, x: _cast(F["argmax"](x, self.axis), self.output_type))
_prim("Argmin", "axis=-1, output_type=mstype.int32",
      lambda self, x: _cast(F["argmin"](x, self.axis), self.output_type))
_prim("Concat", "axis=0", lambda self, xs: F["cat"](xs, self.axis))
_prim("Stack", "axis=0", lambda self, xs: F["stack"](xs, self.axis))
_prim("Unstack", "axis=0, num=None", lambda self, x: F["unstack"](x, self.axis))
_prim("Split", "axis=0, output_num=1",
      lambda self, x: F["split"](x, x.shape[self.axis] // self.output_num, self.axis))
_prim("Squeeze", "axis=()", lambda self, x: F["squeeze"](x, self.axis if self.axis != () else None))
_prim("Softmax", "axis=-1", lambda self, x: F["softmax"](x, self.axis))
_prim("LogSoftmax", "axis=-1", lambda self, x: F["log_softmax"](x, self.axis))
_prim("Elu", "alpha=1.0", lambda self, x: F["elu"](x, self.alpha))
_prim("CeLU", "alpha=1.0", lambda self, x: F["celu"](x, self.alpha))
_prim("HSwish", "", lambda self, x: F["hardswish"](x))
_prim("HSigmoid", "", lambda self, x: F["hardsigmoid"](x))
_prim("GeLU", "", lambda self, x: F["gelu"](x, "tanh"))
_prim("Softplus", "", lambda self, x: F["softplus"](x))
_prim("SoftShrink", "lambd=0.5", lambda self, x: F["softshrink"](x, self.lambd))
_prim("HShrink", "lambd=0.5", lambda self, x: F["hardshrink"](x, self.lambd))
_prim("GLU", "axis=-1", lambda self, x: F["glu"](x, self.axis))
_prim("LeakyReLU", "alpha=0.2", lambda self, x: F["leaky_relu"](x, self.alpha))
_prim("MatMul", "transpose_a=False, transpose_b=False",
      lambda self, a, b: F["matmul"](F["swapaxes"](a, -1, -2) if self.transpose_a else a,
                                     F["swapaxes"](b, -1, -2) if self.transpose_b else b))
_prim("BatchMatMul", "transpose_a=False, transpose_b=False",
      lambda self, a, b: F["matmul"](F["swapaxes"](a, -1, -2) if self.transpose_a else a,
                                     F["swapaxes"](b, -1, -2) if self.transpose_b else b))
_prim("BiasAdd", "data_format='NCHW'",
      lambda self, x, b: x + F["reshape"](b, (1, -1) + (1,) * (x.ndim - 2)) if self.data_format.startswith("NC")
      else x + b)
_prim("Tile", "", lambda self, x, multiples: F["tile"](x, multiples))
_prim("BroadcastTo", "shape", lambda self, x: F["broadcast_to"](x, self.shape))
_prim("Flatten", "", lambda self, x: F["flatten"](x))
_prim("Fill", "", lambda self, dtype, shape, value: F["fill"](dtype, shape, value))
_prim("FillV2", "", lambda self, shape, value: F["full"](shape, value, dtype=value.dtype))
_prim("Zeros", "", lambda self, shape, dtype: F["zeros"](shape, dtype))
_prim("Ones", "", lambda self, shape, dtype: F["ones"](shape, dtype))
_prim("Eye", "", lambda self, n, m, dtype: F["eye"](n, m, dtype))
_prim("Gather", "batch_dims=0", lambda self, params, indices, axis: F["gather"](params, indices, axis, self.batch_dims))
_prim("OneHot", "axis=-1", lambda self, i, depth, on, off: F["one_hot"](i, depth, on, off, self.axis))
_prim("Pad", "paddings", lambda self, x: _pad_pairs(x, self.paddings))
_prim("MirrorPad", "mode='REFLECT'", lambda self, x, paddings: F["mirror_pad"](x, paddings, self.mode))
_prim("StridedSlice", "begin_mask=0, end_mask=0, ellipsis_mask=0, new_axis_mask=0, shrink_axis_mask=0",
      lambda self, x, b, e, s: F["strided_slice"](x, b, e, s, self.begin_mask, self.end_mask, self.ellipsis_mask,
                                                   self.new_axis_mask, self.shrink_axis_mask))
_prim("TopK", "sorted=True", lambda self, x, k: F["topk"](x, k, None, True, self.sorted))
_prim("Sort", "axis=-1, descending=False", lambda self, x: F["sort"](x, self.axis, self.descending))
_prim("CumSum", "exclusive=False, reverse=False", lambda self, x, axis: _cumulative(x, axis, self, "sum"))
_prim("CumProd", "exclusive=False, reverse=False", lambda self, x, axis: _cumulative(x, axis, self, "prod"))
_prim("Cummin", "axis", lambda self, x: F["cummin"](x, self.axis))
_prim("Cummax", "axis", lambda self, x: F["cummax"](x, self.axis))
_prim("ReverseV2", "axis", lambda self, x: F["flip"](x, self.axis))
_prim("ReverseSequence", "seq_dim, batch_dim=0",
      lambda self, x, lengths: F["reverse_sequence"](x, lengths, self.seq_dim, self.batch_dim))
_prim("Roll", "shifts, dims=None", lambda self, x: F["roll"](x, self.shifts, self.dims))
_prim("Einsum", "equation", lambda self, xs: F["einsum"](self.equation, *xs))
_prim("Meshgrid", "indexing='xy'", lambda self, xs: F["meshgrid"](*xs, indexing=self.indexing))
_prim("NanToNum", "nan=None, posinf=None, neginf=None",
      lambda self, x: F["nan_to_num"](x, self.nan, self.posinf, self.neginf))
_prim("ApproximateEqual", "tolerance=1e-05", lambda self, x, y: F["approximate_equal"](x, y, self.tolerance))
_prim("L2Normalize", "axis=0, epsilon=1e-4",
      lambda self, x: op(lambda t: t / torch.sqrt(torch.clamp((t * t).sum(self.axis if isinstance(self.axis, int)
                                                                            else tuple(self.axis), keepdim=True),
                                                              min=self.epsilon)))(x))
_prim("LinSpace", "", lambda self, start, stop, num: F["linspace"](start, stop, num))
_prim("Range", "maxlen=1000000", lambda self, a, b, s: F["range"](a, b, s))
_prim("ScatterUpdate", "use_locking=True", lambda self, x, i, u: F["scatter_update"](x, i, u))
_prim("ScatterNdUpdate", "use_locking=True", lambda self, x, i, u: F["scatter_nd_update"](x, i, u))
for _kind in ("Add", "Sub", "Mul", "Div", "Max", "Min"):
    _prim(f"Scatter{_kind}", "use_locking=False",
          lambda self, x, i, u, _k=_kind.lower(): F[f"scatter_{_k}" if _k != "add" else "scatter_add"](x, i, u))
    _prim(f"ScatterNd{_kind}", "use_locking=False",
          lambda self, x, i, u, _k=_kind.lower(): F[f"scatter_nd_{_k}"](x, i, u))
_prim("Assign", "", lambda self, variable, value: variable.assign_value(value))
_prim("AssignAdd", "", lambda self, variable, value: variable.assign_value(variable + value))
_prim("AssignSub", "", lambda self, variable, value: variable.assign_value(variable - value))
_prim("Conv2D", "out_channel, kernel_size, mode=1, pad_mode='valid', pad=0, stride=1, dilation=1, group=1, "
      "data_format='NCHW'", lambda self, x, w: _conv_prim(self, x, w, 2))
_prim("Conv3D", "out_channel, kernel_size, mode=1, pad_mode='valid', pad=0, stride=1, dilation=1, group=1, "
      "data_format='NCDHW'", lambda self, x, w, bias=None: _conv_prim(self, x, w, 3, bias))
_prim("MaxPool", "kernel_size=1, strides=1, pad_mode='valid', data_format='NCHW'",
      lambda self, x: _pool_prim(self, x, "max"))
_prim("AvgPool", "kernel_size=1, strides=1, pad_mode='VALID', data_format='NCHW'",
      lambda self, x: _pool_prim(self, x, "avg"))
_prim("AdaptiveAvgPool2D", "output_size", lambda self, x: F["adaptive_avg_pool2d"](x, self.output_size))
_prim("BatchNorm", "is_training=False, epsilon=1e-05, momentum=0.1, data_format='NCHW'",
      lambda self, x, scale, bias, mean, var: _batch_norm_prim(self, x, scale, bias, mean, var))
_prim("LayerNorm", "begin_norm_axis=1, begin_params_axis=1, epsilon=1e-7",
      lambda self, x, gamma, beta: _layer_norm_prim(self, x, gamma, beta))
_prim("SoftmaxCrossEntropyWithLogits", "", lambda self, logits, labels: op(
    lambda x, y: ((-(y * torch.log_softmax(x, -1)).sum(-1)), torch.softmax(x, -1) - y))(logits, labels))
_prim("SigmoidCrossEntropyWithLogits", "", lambda self, x, y: op(
    lambda a, b: torch.nn.functional.binary_cross_entropy_with_logits(a, b, reduction="none"))(x, y))
_prim("BinaryCrossEntropy", "reduction='mean'",
      lambda self, x, y, weight=None: F["binary_cross_entropy"](x, y, weight, self.reduction))
_prim("SmoothL1Loss", "beta=1.0, reduction='none'",
      lambda self, x, y: F["smooth_l1_loss"](x, y, self.beta, self.reduction))
_prim("NLLLoss", "reduction='mean', ignore_index=-100",
      lambda self, x, y, w: _nll_prim(self, x, y, w))
_prim("ResizeNearestNeighbor", "size, align_corners=False, half_pixel_centers=False",
      lambda self, x: F["interpolate"](x, tuple(self.size), None, "nearest"))
_prim("ResizeBilinearV2", "align_corners=False, half_pixel_centers=False",
      lambda self, x, size: F["interpolate"](x, tuple(size.tolist() if hasattr(size, "tolist") else size), None,
                                             "bilinear", self.align_corners))
_prim("DivNoNan", "", lambda self, x, y: op(lambda a, b: torch.where(b == 0, torch.zeros_like(a / torch.ones_like(b)),
                                                                    a / torch.where(b == 0, torch.ones_like(b), b)))(x, y))
_prim("MulNoNan", "", lambda self, x, y: op(lambda a, b: torch.where(b == 0, torch.zeros_like(a * b),
                                                                    a * torch.where(b == 0, torch.ones_like(b), b)))(x, y))
_prim("AccumulateNV2", "", lambda self, xs: F["addn"](xs))
_prim("AddN", "", lambda self, xs: F["addn"](xs))
_prim("Cross", "dim=-65530", lambda self, a, b: F["cross"](a, b, None if self.dim == -65530 else self.dim))
_prim("MatrixInverse", "adjoint=False", lambda self, x: F["matrix_inverse"](x, self.adjoint))
_prim("Complex", "", lambda self, re, im: op(torch.complex)(re, im))
_prim("SparseSoftmaxCrossEntropyWithLogits", "is_grad=False", lambda self, logits, labels: op(
    lambda x, y: torch.nn.functional.cross_entropy(x, y.long()) if not self.is_grad else
    (torch.softmax(x, -1) - torch.nn.functional.one_hot(y.long(), x.shape[-1]).to(x.dtype)) / x.shape[0])(
    logits, labels))
_prim("Dropout", "keep_prob=0.5, Seed0=0, Seed1=0", lambda self, x: (x, F["ones_like"](x)))
_prim("Print", "", lambda self, *xs: print(*xs))
_prim("Depend", "", lambda self, value, expr: value)
_prim("Identity", "", lambda self, x: x)


def _cumulative(x, axis, prim, kind):
    def compute(t):
        fn = torch.cumsum if kind == "sum" else torch.cumprod
        if prim.reverse:
            t = torch.flip(t, (axis,))
        out = fn(t, axis)
        if prim.exclusive:
            neutral = torch.zeros_like if kind == "sum" else torch.ones_like
            first = neutral(out.narrow(axis, 0, 1))
            out = torch.cat([first, (out if kind == "sum" else out).narrow(axis, 0, out.shape[axis] - 1)], axis)
        return torch.flip(out, (axis,)) if prim.reverse else out
    return op(compute)(x)


def _pad_pairs(x, paddings):
    flat = []
    for before, after in reversed(paddings):
        flat += [before, after]
    return op(lambda t: torch.nn.functional.pad(t, flat))(x)


def _conv_prim(prim, x, w, nd, bias=None):
    from ._conv_pool import conv
    pad = prim.pad
    return op(lambda t, k, b: conv(t, k, b, prim.stride if isinstance(prim.stride, int) else prim.stride[-nd:],
                                   prim.pad_mode, pad, prim.dilation if isinstance(prim.dilation, int)
                                   else prim.dilation[-nd:], prim.group, nd))(x, w, bias)


def _pool_prim(prim, x, kind):
    from ._conv_pool import pool
    kernel = prim.kernel_size if isinstance(prim.kernel_size, int) else prim.kernel_size[-2:]
    strides = prim.strides if isinstance(prim.strides, int) else prim.strides[-2:]
    return op(lambda t: pool(t, 2, kind, kernel, strides, prim.pad_mode))(x)


def _batch_norm_prim(prim, x, scale, bias, mean, var):
    out = F["batch_norm"](x, mean, var, scale, bias, prim.is_training, prim.momentum, prim.epsilon)
    return out, mean, var, mean, var


def _layer_norm_prim(prim, x, gamma, beta):
    from ..nn.layer.normalization import _layer_norm
    out = _layer_norm(x, gamma, beta, prim.begin_norm_axis, prim.begin_params_axis, prim.epsilon)
    axes = tuple(range(prim.begin_norm_axis % x.ndim, x.ndim))
    mean = op(lambda t: t.mean(axes, keepdim=True))(x)
    var = op(lambda t: t.var(axes, keepdim=True, unbiased=False))(x)
    return out, mean, var


def _nll_prim(prim, x, y, w):
    def compute(logits, labels, weight):
        loss = torch.nn.functional.nll_loss(logits, labels.long(), weight, reduction=prim.reduction,
                                            ignore_index=prim.ignore_index)
        total = weight[labels.long()].sum() if prim.reduction != "none" else weight[labels.long()]
        return loss, total
    return op(compute)(x, y, w)


_ = (tdtype, mstype)
