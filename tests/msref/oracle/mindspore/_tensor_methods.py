"""msref (test instrument, NOT MindSpore): the methods of ``mindspore.Tensor`` (2.6).

Where MindSpore 2.6 has several overloads for a method (a torch-style one and a deprecated
MindSpore one), the first overload that accepts the arguments wins, in MindSpore's api_def order:
e.g. ``x.transpose(0, 1)`` swaps two dims, ``x.transpose(1, 0, 2)`` permutes; ``x.max()`` is a
scalar, ``x.max(1)`` is (values, indices), ``x.max(axis=1)`` is the values only; ``x.var()`` is
the deprecated ddof=0 variance while ``x.std()`` uses correction=1; ``x.argmax()`` reduces over all
elements (as the Tensor.argmax documentation shows). Only names MindSpore's Tensor has are installed.
"""
import torch

from ._bridge import op, tdtype, unwrap, wrap
from ._tensor_method_names import ALL as MINDSPORE_METHODS, API_DEF_METHODS
from .common import dtype as mstype
from .common.tensor import Tensor
from .mint._functions import F as MINT
from .ops import FUNCTIONS as OPS

_LEGACY_KEYWORDS = {"axis", "keep_dims", "keepdims", "initial", "where", "return_indices", "ddof", "x", "y"}


def _method(name, fn):
    if name not in MINDSPORE_METHODS:
        raise AssertionError(f"msref: Tensor.{name} is not a MindSpore 2.6 Tensor method")
    fn.__name__ = name
    fn.__doc__ = fn.__doc__ or f"msref reference of Tensor.{name} (not MindSpore)."
    setattr(Tensor, name, fn)


def _delegate(name, function):
    def method(self, *args, **kwargs):
        return function(self, *args, **kwargs)
    _method(name, method)


def _overloaded(name, new, legacy):
    """Use the legacy (deprecated MindSpore) overload only when a legacy keyword is given."""
    def method(self, *args, **kwargs):
        if _LEGACY_KEYWORDS & set(kwargs):
            return legacy(self, *args, **kwargs)
        return new(self, *args, **kwargs)
    _method(name, method)


def _first_binding(name, *overloads):
    """MindSpore's overload resolution: the first overload whose signature accepts the arguments."""
    def method(self, *args, **kwargs):
        error = None
        for overload in overloads:
            try:
                return overload(self, *args, **kwargs)
            except TypeError as failure:
                error = error or failure
        raise error
    _method(name, method)


_SAME_AS_MINT = [
    "abs", "acos", "acosh", "asin", "asinh", "atan", "atanh", "arccos", "arccosh", "arcsin", "arcsinh", "arctan",
    "arctanh", "ceil", "cos", "cosh", "erf", "erfc", "erfinv", "exp", "exp2", "expm1", "floor", "log", "log10",
    "log1p", "log2", "neg", "negative", "reciprocal", "rsqrt", "sigmoid", "sign", "sin", "sinc", "sinh", "sqrt",
    "square", "tan", "tanh", "trunc", "fix", "frac", "digamma", "lgamma", "i0", "deg2rad", "rad2deg", "angle",
    "isfinite", "isinf", "isneginf", "isposinf", "isreal", "signbit", "logical_not", "bitwise_not", "logit",
    "add", "sub", "subtract", "mul", "multiply", "div", "divide", "true_divide", "floor_divide", "fmod",
    "remainder", "pow", "maximum", "minimum", "atan2", "arctan2", "hypot", "logaddexp", "logaddexp2", "xlogy",
    "copysign", "heaviside", "gcd", "lcm", "fmax", "fmin", "nextafter", "float_power", "bitwise_and",
    "bitwise_or", "bitwise_xor", "logical_and", "logical_or", "logical_xor", "eq", "ne", "gt", "ge", "lt", "le",
    "greater", "greater_equal", "less", "less_equal", "not_equal", "isclose", "allclose", "lerp", "addcdiv",
    "addcmul", "nan_to_num", "round", "clamp", "clip", "matmul", "mm", "bmm", "mv", "dot", "outer", "inner",
    "kron", "addmm", "addbmm", "baddbmm", "addmv", "addr", "inverse", "trace", "tril", "triu", "flip", "fliplr",
    "flipud", "roll", "rot90", "diagonal", "diag_embed", "diagflat", "masked_select", "nonzero", "argwhere",
    "unique_consecutive", "diff", "take", "unbind", "bincount", "histc", "searchsorted", "swapaxes", "swapdims",
    "movedim", "moveaxis", "cross", "logsumexp", "narrow", "chunk", "split", "tile", "repeat_interleave",
    "index_select", "index_add", "scatter", "scatter_add", "select", "topk", "unique", "sort", "argsort",
    "cumsum", "cumprod", "cummax", "cummin", "count_nonzero", "norm", "kthvalue", "median", "nansum", "prod",
    "all", "any", "amax", "amin", "std", "argmin", "real", "imag", "conj", "polygamma", "mvlgamma", "t",
    "ravel", "broadcast_to", "masked_fill",
]
for _name in _SAME_AS_MINT:
    if _name in MINT and _name in MINDSPORE_METHODS:
        _delegate(_name, MINT[_name])
for _name in ("xdivy", "ldexp", "sgn", "positive", "invert", "inv", "squared_difference", "expand_dims",
              "unsorted_segment_max", "unsorted_segment_min", "unsorted_segment_prod", "fills", "diag",
              "tensor_split", "hsplit", "vsplit", "dsplit", "gather_elements", "gather_nd", "index_fill",
              "slogdet", "det", "logdet", "matrix_power", "cholesky", "svd", "qr", "pinv", "msort", "cov",
              "logcumsumexp", "nanmean", "nanmedian", "renorm", "approximate_equal", "atleast_1d"):
    if _name in OPS and _name in MINDSPORE_METHODS:
        _delegate(_name, OPS[_name])

_overloaded("sum", MINT["sum"], lambda x, axis=None, dtype=None, keepdims=False, initial=None:
            _add_initial(OPS["sum"](x, axis, keepdims, dtype=dtype), initial))
_overloaded("mean", MINT["mean"], lambda x, axis=None, keep_dims=False: OPS["mean"](x, axis, keep_dims))
_overloaded("all", MINT["all"], lambda x, axis=None, keep_dims=False: OPS["all"](x, axis, keep_dims))
_overloaded("any", MINT["any"], lambda x, axis=None, keep_dims=False: OPS["any"](x, axis, keep_dims))
_overloaded("argmin", MINT["argmin"], lambda x, axis=None, keepdims=False: OPS["argmin"](x, axis, keepdims))
_overloaded("prod", MINT["prod"], lambda x, axis=None, keep_dims=False, dtype=None: OPS["prod"](x, axis, keep_dims,
                                                                                                  dtype))
_overloaded("std", MINT["std"], lambda x, axis=None, ddof=0, keepdims=False: OPS["std"](x, axis, ddof, keepdims))
_overloaded("cumsum", MINT["cumsum"], lambda x, axis=None, dtype=None: OPS["cumsum"](x, axis, dtype))
_overloaded("median", MINT["median"], lambda x, axis=-1, keepdims=False: OPS["median"](x, axis, keepdims))
# Overloads documented in MindSpore 2.6's Tensor method docs (ops/api_def/method_doc): the torch-style
# signature, then the deprecated MindSpore one.
_first_binding("chunk", MINT["chunk"], lambda x, chunks, axis=0: OPS["chunk"](x, chunks, axis))
_first_binding("nansum", MINT["nansum"], lambda x, axis=None, keepdims=False, dtype=None: OPS["nansum"](
    x, axis, keepdims, dtype=dtype))
_first_binding("remainder", MINT["remainder"], lambda x, divisor: MINT["remainder"](x, divisor))
_first_binding("sort", lambda x, dim=-1, descending=False, stable=False: MINT["sort"](
    x, dim=dim, descending=descending, stable=stable), lambda x, axis=-1, descending=False: OPS["sort"](
    x, axis, descending))
_first_binding("topk", lambda x, k, dim=-1, largest=True, sorted=True: OPS["topk"](x, k, dim, largest, sorted))
_first_binding("scatter", MINT["scatter"], lambda x, axis, index, src: OPS["scatter"](x, axis, index, src))
_first_binding("scatter_add", MINT["scatter_add"], lambda x, indices, updates: OPS["tensor_scatter_add"](
    x, indices, updates))
_first_binding("index_add", MINT["index_add"], lambda x, indices, y, axis, use_lock=True, check_index_bound=True:
               OPS["index_add"](x, indices, y, axis))
_first_binding("expand_as", lambda x, other: OPS["broadcast_to"](x, other.shape),
               lambda x, x_: OPS["broadcast_to"](x, x_.shape))
_first_binding("argmin", lambda x, dim=None, keepdim=False: OPS["argmin"](x, dim, keepdim),
               lambda x, axis=None, keepdims=False: OPS["argmin"](x, axis, keepdims))


def _add_initial(value, initial):
    return value if initial is None else value + initial


_first_binding("argmax", lambda x, axis=None, keepdims=False: OPS["argmax"](x, axis, keepdims),
               lambda x, dim=None, keepdim=False: OPS["argmax"](x, dim, keepdim))


def _var(self, *args, **kwargs):
    if "dim" in kwargs or "correction" in kwargs or "keepdim" in kwargs:
        return MINT["var"](self, *args, **kwargs)
    return OPS["var"](self, *args, **kwargs)


_method("var", _var)


def _extreme(name):
    new, legacy = MINT[name], OPS[name]

    def method(self, *args, **kwargs):
        if _LEGACY_KEYWORDS & set(kwargs):
            return_indices = kwargs.pop("return_indices", False)
            values, indices = legacy(self, *args, **kwargs)
            return (values, indices) if return_indices else values
        return new(self, *args, **kwargs)
    return method


_method("max", _extreme("max"))
_method("min", _extreme("min"))


def _shape_args(args):
    if len(args) == 1 and isinstance(args[0], (tuple, list, torch.Size)):
        return tuple(args[0])
    return tuple(int(a) for a in args)


_method("reshape", lambda self, *shape: OPS["reshape"](self, _shape_args(shape)))
_method("view", lambda self, *shape: OPS["cast"](self, shape[0]) if len(shape) == 1 and isinstance(
    shape[0], mstype.Type) else OPS["reshape"](self, _shape_args(shape)))
_method("view_as", lambda self, other: OPS["reshape"](self, other.shape))
_method("reshape_as", lambda self, other: OPS["reshape"](self, other.shape))
_method("permute", lambda self, *axis: OPS["permute"](self, _shape_args(axis)))


def _transpose(self, *args, **kwargs):
    if not kwargs and len(args) == 2 and all(isinstance(a, int) for a in args):
        return MINT["transpose"](self, *args)
    axes = _shape_args(args) if args else tuple(reversed(range(self.ndim)))
    return OPS["transpose"](self, axes)


_method("transpose", _transpose)
_method("flatten", lambda self, *args, **kwargs: MINT["flatten"](self, *args, **{
    k: v for k, v in kwargs.items() if k != "order"}) if not (args and isinstance(args[0], str)) else
    OPS["flatten"](self, args[0], start_dim=kwargs.get("start_dim", 0), end_dim=kwargs.get("end_dim", -1)))


def _squeeze(self, *args, **kwargs):
    dims = args[0] if len(args) == 1 else (args if args else kwargs.get("dim", kwargs.get("axis")))
    if dims is None:
        return OPS["squeeze"](self)
    dims = (dims,) if isinstance(dims, int) else tuple(dims)
    keep = tuple(d for d in dims if self.shape[d] == 1)
    return OPS["squeeze"](self, keep) if keep else self.copy()


_method("squeeze", _squeeze)
_method("unsqueeze", lambda self, dim: OPS["unsqueeze"](self, dim))


def _gather(self, *args, **kwargs):
    first = args[0] if args else kwargs.get("dim", kwargs.get("input_indices"))
    if isinstance(first, int) and "input_indices" not in kwargs:
        return MINT["gather"](self, *args, **kwargs)
    return OPS["gather"](self, *args, **kwargs)


_method("gather", _gather)
_method("expand", lambda self, *size: OPS["broadcast_to"](self, _shape_args(size)))
_method("expand_as", lambda self, other: OPS["broadcast_to"](self, other.shape))
_method("repeat", lambda self, *repeats, **kwargs: MINT["tile"](self, _shape_args(repeats or (kwargs["repeats"],))))
_method("where", lambda self, condition, y: OPS["where"](condition, self, y))
_first_binding("select", MINT["select"], lambda x, condition, y: OPS["where"](condition, x, y))
_method("softmax", lambda self, axis, dtype=None: OPS["softmax"](self, axis, dtype=dtype))
_method("astype", lambda self, dtype, copy=True: OPS["cast"](self, dtype))
_method("to", lambda self, dtype=None, *args, **kwargs: OPS["cast"](self, dtype) if isinstance(
    dtype, mstype.Type) else self)
_method("type_as", lambda self, other: OPS["cast"](self, other.dtype))
_method("type", lambda self, dtype=None: str(self.dtype) if dtype is None else OPS["cast"](self, dtype))
for _name, _dtype in (("float", mstype.float32), ("half", mstype.float16), ("double", mstype.float64),
                      ("int", mstype.int32), ("long", mstype.int64), ("bool", mstype.bool_), ("short", mstype.int16),
                      ("byte", mstype.uint8), ("bfloat16", mstype.bfloat16)):
    _method(_name, lambda self, _d=_dtype: OPS["cast"](self, _d))
_method("copy", lambda self: wrap(self._t.clone()))
_method("clone", lambda self: wrap(self._t.clone()))
_method("contiguous", lambda self: self)
_method("is_contiguous", lambda self: True)
_method("dim", lambda self: self._t.dim())
_method("ndimension", lambda self: self._t.dim())
_method("numel", lambda self: self._t.numel())
_method("nelement", lambda self: self._t.numel())
_method("stride", lambda self, dim=None: self._t.stride() if dim is None else self._t.stride(dim))
_method("is_floating_point", lambda self: self._t.is_floating_point())
_method("is_complex", lambda self: self._t.is_complex())
_method("is_signed", lambda self: self._t.is_signed())
_method("new_zeros", lambda self, size, dtype=None: wrap(torch.zeros(_shape_args((size,)), dtype=tdtype(
    dtype) or self._t.dtype)))
_method("new_ones", lambda self, size, dtype=None: wrap(torch.ones(_shape_args((size,)), dtype=tdtype(
    dtype) or self._t.dtype)))
_method("new_empty", lambda self, size, dtype=None: wrap(torch.zeros(_shape_args((size,)), dtype=tdtype(
    dtype) or self._t.dtype)))
_method("fill", lambda self, value: wrap(torch.full_like(self._t, unwrap(value))))


def _inplace(name, compute):
    """In-place methods keep the object (and torch storage) and return self, as MindSpore's do."""
    if name not in MINDSPORE_METHODS:
        return

    def method(self, *args, **kwargs):
        result = compute(self, *args, **kwargs)
        new = result._t if isinstance(result, Tensor) else torch.as_tensor(result)
        with torch.no_grad():
            if new.shape == self._t.shape:
                self._t.copy_(new.to(self._t.dtype))
            else:
                self._t = new.to(self._t.dtype)
        return self
    _method(name, method)


for _name in ("add", "sub", "mul", "div", "floor_divide", "exp", "log", "floor", "clamp", "masked_fill",
              "index_add", "tanh", "sigmoid", "erfinv"):
    _inplace(_name + "_", getattr(Tensor, _name))
_inplace("scatter_", lambda self, dim, index, src, reduce=None: wrap(
    torch.scatter(self._t, dim, unwrap(index).long(), unwrap(src)) if reduce is None else
    torch.scatter_reduce(self._t, dim, unwrap(index).long(), torch.as_tensor(unwrap(src)).to(self._t.dtype).expand(
        unwrap(index).shape),
                         {"add": "sum", "multiply": "prod"}[reduce])))
_inplace("fill_", lambda self, value: torch.full_like(self._t, unwrap(value)))
_inplace("fill_diagonal_", lambda self, fill_value, wrap_=False: self._t.clone().fill_diagonal_(unwrap(fill_value), wrap_))
_inplace("zero_", lambda self: torch.zeros_like(self._t))
_inplace("copy_", lambda self, src, non_blocking=False: wrap(torch.broadcast_to(unwrap(src), self._t.shape)))
_inplace("uniform_", lambda self, from_=0, to=1, generator=None: wrap(torch.empty_like(self._t).uniform_(from_, to)))
_inplace("normal_", lambda self, mean=0, std=1, *, generator=None: wrap(torch.empty_like(self._t).normal_(mean, std)))


def _assign_value(self, value):
    self._t = unwrap(value).detach().clone().to(self._t.dtype) if isinstance(value, Tensor) else \
        torch.as_tensor(value, dtype=self._t.dtype)
    return self


if not hasattr(Tensor, "assign_value"):
    _method("assign_value", _assign_value)


def _binary_operator(function, reflected=False):
    def method(self, other):
        if isinstance(other, (list, tuple)):
            other = Tensor(other)
        return function(other, self) if reflected else function(self, other)
    return method


_OPERATORS = {
    "__add__": ("add", False), "__radd__": ("add", True), "__sub__": ("sub", False), "__rsub__": ("sub", True),
    "__mul__": ("mul", False), "__rmul__": ("mul", True), "__truediv__": ("true_divide", False),
    "__rtruediv__": ("true_divide", True), "__floordiv__": ("floor_divide", False),
    "__rfloordiv__": ("floor_divide", True), "__mod__": ("remainder", False), "__rmod__": ("remainder", True),
    "__pow__": ("pow", False), "__rpow__": ("pow", True), "__matmul__": ("matmul", False),
    "__rmatmul__": ("matmul", True), "__and__": ("bitwise_and", False), "__rand__": ("bitwise_and", True),
    "__or__": ("bitwise_or", False), "__ror__": ("bitwise_or", True), "__xor__": ("bitwise_xor", False),
    "__rxor__": ("bitwise_xor", True), "__lt__": ("lt", False), "__le__": ("le", False), "__gt__": ("gt", False),
    "__ge__": ("ge", False),
}
for _dunder, (_fn, _reflected) in _OPERATORS.items():
    setattr(Tensor, _dunder, _binary_operator(MINT[_fn], _reflected))


def _eq(self, other):
    if not isinstance(other, (int, float, bool, Tensor)):
        return False
    return MINT["eq"](self, other)


def _ne(self, other):
    if not isinstance(other, (int, float, bool, Tensor)):
        return True
    return MINT["ne"](self, other)


Tensor.__eq__ = _eq
Tensor.__ne__ = _ne
Tensor.__hash__ = lambda self: id(self)
Tensor.__neg__ = lambda self: MINT["neg"](self)
Tensor.__pos__ = lambda self: self
Tensor.__abs__ = lambda self: MINT["abs"](self)
Tensor.__invert__ = lambda self: op(lambda t: torch.logical_not(t) if t.dtype == torch.bool else torch.bitwise_not(t))(
    self)
Tensor.__lshift__ = lambda self, other: OPS["bitwise_left_shift"](self, other)
Tensor.__rshift__ = lambda self, other: OPS["bitwise_right_shift"](self, other)


def _install_remaining():
    """Every other MindSpore Tensor method that has a functional counterpart of the same name:
    generated (api_def) methods follow the torch-style mint function, Python ones the classic op."""
    for name in sorted(MINDSPORE_METHODS):
        if hasattr(Tensor, name):
            continue
        first = (MINT, OPS) if name in API_DEF_METHODS else (OPS, MINT)
        for table in first:
            if name in table and callable(table[name]):
                _delegate(name, table[name])
                break


_method("equal", lambda self, other: OPS["equal"](self, other))
_method("storage_offset", lambda self: self._t.storage_offset())
_method("fill_diagonal", lambda self, fill_value, wrap_=False: wrap(
    self._t.clone().fill_diagonal_(fill_value, wrap_)))
_method("bernoulli", lambda self, p=0.5, seed=None: wrap(torch.bernoulli(torch.full_like(self._t, p).float()
                                                                         if not isinstance(p, Tensor) else
                                                                         unwrap(p).float()).to(self._t.dtype)))
_method("log_normal", lambda self, mean=1.0, std=2.0: wrap(torch.empty_like(self._t).log_normal_(mean, std)))
_method("cauchy", lambda self, median=0.0, sigma=1.0: wrap(torch.empty_like(self._t).cauchy_(median, sigma)))
_method("hardshrink", lambda self, lambd=0.5: OPS["hardshrink"](self, lambd))
_install_remaining()
