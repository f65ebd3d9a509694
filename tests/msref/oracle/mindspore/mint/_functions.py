"""msref (test instrument, NOT MindSpore): ``mindspore.mint`` functions (PyTorch-aligned API).

mint mirrors torch's names, argument names and defaults (mint.flatten starts at dim 0,
mint.cat/stack take ``dim``, mint.transpose swaps two dims, mint.max has torch's overloads).
Element-wise functions whose MindSpore semantics are the same as the classic ones reuse them.
"""
import torch

from .._bridge import tdtype
from ..ops import _array, _elementwise, _linalg, _reduce
from ..ops._array import _fill_dtype, _shape
from ..ops._define import define
from ..ops._elementwise import t

F = {}
_SHARED = ["abs", "acos", "acosh", "asin", "asinh", "atan", "atanh", "arctan2", "atan2", "ceil", "cos", "cosh",
           "erf", "erfc", "erfinv", "exp", "exp2", "expm1", "floor", "log", "log10", "log1p", "log2", "neg",
           "negative", "reciprocal", "rsqrt", "sigmoid", "sign", "sin", "sinc", "sinh", "sqrt", "square", "tan",
           "tanh", "trunc", "fix", "frac", "logical_not", "bitwise_not", "isfinite", "isinf", "isneginf",
           "isposinf", "isreal", "signbit", "maximum", "minimum", "eq", "ne", "gt", "ge", "lt", "le", "greater",
           "greater_equal", "less", "less_equal", "not_equal", "logical_and", "logical_or", "logical_xor",
           "bitwise_and", "bitwise_or", "bitwise_xor", "logaddexp", "logaddexp2", "xlogy", "fmod", "remainder",
           "float_power", "gcd", "hypot", "round", "nan_to_num", "lerp", "isclose", "polar", "mul", "pow",
           "floor_divide", "addcdiv", "addcmul", "clamp", "clip", "real", "imag", "angle", "conj", "digamma",
           "lgamma", "i0", "deg2rad", "rad2deg", "copysign", "heaviside", "polygamma", "mvlgamma", "logit", "isnan"]
for _name in _SHARED:
    F[_name] = _elementwise.F[_name]
for _name in ("bmm", "mm", "mv", "dot", "outer", "inner", "kron", "baddbmm", "addbmm", "addmm", "addmv", "addr",
              "einsum", "inverse", "cdist", "triangular_solve", "matmul"):
    F[_name] = _linalg.F[_name]
for _name in ("reshape", "ravel", "t", "tril", "triu", "flip", "fliplr", "flipud", "roll", "hstack", "vstack",
              "dstack", "column_stack", "broadcast_to", "masked_select", "nonzero", "argwhere", "unique_consecutive",
              "diff", "diagonal", "diag_embed", "diagflat", "block_diag", "cartesian_prod", "take", "unbind",
              "atleast_1d", "atleast_2d", "atleast_3d", "bincount", "histc", "searchsorted", "bucketize",
              "swapaxes", "swapdims", "movedim", "moveaxis", "rot90", "tril_indices", "triu_indices", "cross",
              "logsumexp", "trace"):
    F[_name] = (_array.F.get(_name) or _reduce.F.get(_name))


def _binary_alpha(fn):
    def impl(a, b, alpha):
        a, b = _elementwise.pair(a, b)
        return fn(a, b, alpha=alpha)
    return impl


define(F, "add", "input, other, *, alpha=1", _binary_alpha(torch.add))
define(F, "sub", "input, other, *, alpha=1", _binary_alpha(torch.sub))
define(F, "subtract", "input, other, *, alpha=1", _binary_alpha(torch.sub))
define(F, "div", "input, other, *, rounding_mode=None",
       lambda a, b, r: torch.div(*_elementwise.pair(a, b), rounding_mode=r))
define(F, "divide", "input, other, *, rounding_mode=None",
       lambda a, b, r: torch.div(*_elementwise.pair(a, b), rounding_mode=r))
define(F, "true_divide", "input, other", lambda a, b: torch.true_divide(*_elementwise.pair(a, b)))
define(F, "multiply", "input, other", lambda a, b: torch.mul(*_elementwise.pair(a, b)))
define(F, "allclose", "input, other, rtol=1e-05, atol=1e-08, equal_nan=False",
       lambda a, b, r, at, n: bool(torch.allclose(a, b.to(a.dtype), r, at, n)))
define(F, "equal", "input, other", lambda a, b: bool(torch.equal(a, b)))


def _keep_int(out, x):
    return out if x.is_floating_point() or x.is_complex() else out.to(x.dtype)


def _sum(x, dim, keep, dtype):
    dims = () if dim is None else dim
    out = torch.sum(x, dim=dims if dims != () else tuple(range(x.dim())), keepdim=keep) if x.dim() else x.clone()
    if dtype is not None:
        return out.to(tdtype(dtype))
    return out if x.dtype != torch.bool else out.to(torch.int64)


define(F, "sum", "input, dim=None, keepdim=False, *, dtype=None", _sum)
define(F, "softmax", "input, dim, *, dtype=None",
       lambda x, d, dt: torch.softmax(x, d, dtype=None if dt is None else tdtype(dt)))


def _mean(x, dim, keep, dtype):
    x = x if dtype is None else x.to(tdtype(dtype))
    return torch.mean(x, dim=tuple(range(x.dim())) if dim is None else dim, keepdim=keep)


define(F, "mean", "input, dim=None, keepdim=False, *, dtype=None", _mean)
define(F, "nansum", "input, dim=None, keepdim=False, *, dtype=None",
       lambda x, d, k, dt: torch.nansum(x, dim=d if d is not None else tuple(range(x.dim())), keepdim=k,
                                        dtype=tdtype(dt)))


def _prod(x, dim, keep, dtype):
    if dim is None:
        out = torch.prod(x, dtype=tdtype(dtype))
        return out.reshape([1] * x.dim()) if keep else out
    return torch.prod(x, dim, keepdim=keep, dtype=tdtype(dtype))


define(F, "prod", "input, dim=None, keepdim=False, *, dtype=None", _prod)


def _all_any(fn):
    def impl(x, dim, keep):
        x = x.bool()
        if dim is None:
            out = fn(x)
            return out.reshape([1] * x.dim()) if keep else out
        dims = (dim,) if isinstance(dim, int) else tuple(dim)
        for d in sorted((d % x.dim() for d in dims), reverse=True):
            x = fn(x, d, keepdim=keep)
        return x
    return impl


define(F, "all", "input, dim=None, keepdim=False", _all_any(torch.all))
define(F, "any", "input, dim=None, keepdim=False", _all_any(torch.any))


def _extreme(fn, pair_fn):
    def impl(*args, **kwargs):
        x = args[0]
        rest = list(args[1:])
        if rest and isinstance(rest[0], torch.Tensor):
            return pair_fn(x, rest[0])
        if "other" in kwargs:
            return pair_fn(x, kwargs["other"])
        dim = rest[0] if rest else kwargs.get("dim")
        if dim is None:
            return fn(x)
        keep = rest[1] if len(rest) > 1 else kwargs.get("keepdim", False)
        return tuple(fn(x, dim, keepdim=keep))
    return impl




def _overloaded(name, fn, pair_fn):
    """mint.max/min accept (input), (input, dim, keepdim=False) and (input, other)."""
    from .._bridge import op

    def function(input, *args, **kwargs):
        return op(_extreme(fn, pair_fn))(input, *args, **kwargs)

    function.__name__ = name
    function.__doc__ = f"msref reference of mint.{name}: (input) | (input, dim, keepdim=False) | (input, other)."
    F[name] = function


_overloaded("max", torch.max, torch.maximum)
_overloaded("min", torch.min, torch.minimum)


def _argmax(fn):
    def impl(x, dim, keep):
        if dim is None:
            out = fn(x.reshape(-1))
            return out.reshape([1] * x.dim()) if keep else out
        return fn(x, dim, keepdim=keep)
    return impl


define(F, "argmax", "input, dim=None, keepdim=False", _argmax(torch.argmax))
define(F, "argmin", "input, dim=None, keepdim=False", _argmax(torch.argmin))
define(F, "amax", "input, dim=(), keepdim=False",
       lambda x, d, k: torch.amax(x, dim=d if d not in ((), None) else tuple(range(x.dim())), keepdim=k))
define(F, "amin", "input, dim=(), keepdim=False",
       lambda x, d, k: torch.amin(x, dim=d if d not in ((), None) else tuple(range(x.dim())), keepdim=k))
define(F, "median", "input, dim=None, keepdim=False",
       lambda x, d, k: torch.median(x) if d is None else tuple(torch.median(x, d, keepdim=k)))
define(F, "kthvalue", "input, k, dim=-1, keepdim=False", lambda x, k, d, kd: tuple(torch.kthvalue(x, k, d, kd)))


def _std_var(fn, with_mean=False):
    def impl(x, dim, correction, keep):
        dims = tuple(range(x.dim())) if dim is None else ((dim,) if isinstance(dim, int) else tuple(dim))
        mean = torch.mean(x, dim=dims, keepdim=True)
        count = 1
        for d in dims:
            count *= x.shape[d]
        var = torch.sum((x - mean) ** 2, dim=dims, keepdim=keep) / max(count - correction, 0)
        out = var if fn is torch.var else torch.sqrt(var)
        if with_mean:
            return out, torch.mean(x, dim=dims, keepdim=keep)
        return out
    return impl


define(F, "std", "input, dim=None, *, correction=1, keepdim=False", _std_var(torch.std))
define(F, "var", "input, dim=None, *, correction=1, keepdim=False", _std_var(torch.var))
define(F, "std_mean", "input, dim=None, *, correction=1, keepdim=False", _std_var(torch.std, True))
define(F, "var_mean", "input, dim=None, *, correction=1, keepdim=False", _std_var(torch.var, True))
define(F, "cumsum", "input, dim, dtype=None", lambda x, d, dt: torch.cumsum(x, d, dtype=tdtype(dt)))
define(F, "cumprod", "input, dim, dtype=None", lambda x, d, dt: torch.cumprod(x, d, dtype=tdtype(dt)))
define(F, "cummax", "input, dim", lambda x, d: tuple(torch.cummax(x, d)))
define(F, "cummin", "input, dim", lambda x, d: tuple(torch.cummin(x, d)))
define(F, "count_nonzero", "input, dim=None", lambda x, d: torch.count_nonzero(x, d))
define(F, "norm", "input, p='fro', dim=None, keepdim=False, *, dtype=None",
       lambda x, p, d, k, dt: torch.norm(x, p, d, k, dtype=tdtype(dt)))
define(F, "flatten", "input, start_dim=0, end_dim=-1",
       lambda x, s, e: torch.flatten(x, s, e) if x.dim() else x.reshape(1))
define(F, "cat", "tensors, dim=0", lambda ts, d: torch.cat([t(v) for v in ts], d))
define(F, "concat", "tensors, dim=0", lambda ts, d: torch.cat([t(v) for v in ts], d))
define(F, "stack", "tensors, dim=0", lambda ts, d: torch.stack([t(v) for v in ts], d))
define(F, "split", "tensor, split_size_or_sections, dim=0",
       lambda x, s, d: tuple(torch.split(x, s if isinstance(s, int) else list(s), d)))
define(F, "chunk", "input, chunks, dim=0", lambda x, c, d: tuple(torch.chunk(x, c, d)))
define(F, "narrow", "input, dim, start, length", lambda x, d, s, n: torch.narrow(x, d, s, n).clone())
define(F, "transpose", "input, dim0, dim1", lambda x, a, b: torch.transpose(x, a, b))
define(F, "permute", "input, dims", lambda x, d: x.permute(*d))
define(F, "squeeze", "input, dim", lambda x, d: _array._squeeze(x, d) if not isinstance(d, int) or
       x.shape[d] == 1 else x.clone())
define(F, "unsqueeze", "input, dim", lambda x, d: torch.unsqueeze(x, d))
define(F, "tile", "input, dims", lambda x, d: torch.tile(x, tuple(d)))
define(F, "repeat_interleave", "input, repeats, dim=None, *, output_size=None",
       lambda x, r, d, o: torch.repeat_interleave(x, r, d))
define(F, "gather", "input, dim, index", lambda x, d, i: torch.gather(x, d, i.long()))
define(F, "index_select", "input, dim, index", lambda x, d, i: torch.index_select(x, d, i.long()))
define(F, "index_add", "input, dim, index, source, *, alpha=1",
       lambda x, d, i, s, a: torch.index_add(x, d, i.long(), s, alpha=a))
define(F, "scatter", "input, dim, index, src",
       lambda x, d, i, s: torch.scatter(x, d, i.long(), s if not isinstance(s, torch.Tensor) else s.to(x.dtype)))
define(F, "scatter_add", "input, dim, index, src", lambda x, d, i, s: torch.scatter_add(x, d, i.long(), s))
define(F, "select", "input, dim, index", lambda x, d, i: torch.select(x, d, i).clone())
define(F, "where", "condition, input=None, other=None",
       lambda c, x, y: _array._where(c, x, y) if x is not None else tuple(torch.where(t(c))))
define(F, "masked_fill", "input, mask, value", lambda x, m, v: _array._masked_fill(x, m, v))
define(F, "sort", "input, *, dim=-1, descending=False, stable=False",
       lambda x, d, desc, s: tuple(torch.sort(x, dim=d, descending=desc, stable=s)))
define(F, "argsort", "input, dim=-1, descending=False, stable=False",
       lambda x, d, desc, s: torch.sort(x, dim=d, descending=desc, stable=s)[1])
define(F, "topk", "input, k, dim=-1, largest=True, sorted=True",
       lambda x, k, d, l, s: tuple(torch.topk(x, k, d, l, s)))
define(F, "unique", "input, sorted=True, return_inverse=False, return_counts=False, dim=None",
       lambda x, s, ri, rc, d: torch.unique(x, s, ri, rc, d))
define(F, "meshgrid", "*tensors, indexing='ij'", lambda *a: tuple(torch.meshgrid(*a[:-1], indexing=a[-1])))


def _creation_dtype(dtype):
    return tdtype(dtype) if dtype is not None else torch.float32


define(F, "zeros", "size, *, dtype=None", lambda s, d: torch.zeros(_shape(s), dtype=_creation_dtype(d)))
define(F, "ones", "size, *, dtype=None", lambda s, d: torch.ones(_shape(s), dtype=_creation_dtype(d)))
define(F, "empty", "*size, dtype=None, device=None",
       lambda *a: torch.zeros(_shape(a[0] if len(a) == 3 else a[:-2]), dtype=_creation_dtype(a[-2])))
define(F, "zeros_like", "input, *, dtype=None", lambda x, d: torch.zeros_like(x, dtype=tdtype(d)))
define(F, "ones_like", "input, *, dtype=None", lambda x, d: torch.ones_like(x, dtype=tdtype(d)))
define(F, "empty_like", "input, *, dtype=None, device=None", lambda x, d, dev: torch.zeros_like(x, dtype=tdtype(d)))
define(F, "full", "size, fill_value, *, dtype=None",
       lambda s, v, d: torch.full(_shape(s), v.item() if isinstance(v, torch.Tensor) else v, dtype=_fill_dtype(v, d)))
define(F, "full_like", "input, fill_value, *, dtype=None",
       lambda x, v, d: torch.full_like(x, v.item() if isinstance(v, torch.Tensor) else v, dtype=tdtype(d)))
define(F, "eye", "n, m=None, dtype=None", lambda n, m, d: torch.eye(n, n if m is None else m, dtype=_creation_dtype(d)))
define(F, "arange", "start=0, end=None, step=1, *, dtype=None", _array._arange)
define(F, "linspace", "start, end, steps, *, dtype=None",
       lambda a, b, n, d: torch.linspace(a, b, n, dtype=_creation_dtype(d)))
define(F, "clone", "input", lambda x: x.clone())
define(F, "randperm", "n, *, generator=None, dtype=mstype.int64", lambda n, g, d: torch.randperm(n, dtype=tdtype(d)))
for _alias, _name in (("arccos", "acos"), ("arccosh", "acosh"), ("arcsin", "asin"), ("arcsinh", "asinh"),
                      ("arctan", "atan"), ("arctanh", "atanh")):
    F[_alias] = F[_name]
define(F, "bernoulli", "input, *, generator=None", lambda x, g: torch.bernoulli(x))
define(F, "rand_like", "input, *, dtype=None", lambda x, d: torch.rand_like(x, dtype=tdtype(d)))
define(F, "randn_like", "input, *, dtype=None", lambda x, d: torch.randn_like(x, dtype=tdtype(d)))
def _randint(*values):
    """mint.randint(*args, generator=None, dtype=None): (high, size) or (low, high, size), by position, as torch."""
    *args, _generator, dtype = values
    low, high, size = (0, *args) if len(args) == 2 else args
    return torch.randint(low, high, _shape(size), dtype=tdtype(dtype) or torch.int64)


define(F, "randint", "*args, generator=None, dtype=None", _randint)
define(F, "randint_like", "input, low=0, high=None, *, dtype=None",
       lambda x, lo, hi, d: torch.randint_like(x, lo, hi, dtype=tdtype(d)))
define(F, "normal", "mean, std, *, generator=None", lambda m, s, g: torch.normal(m, s))
define(F, "multinomial", "input, num_samples, replacement=False, *, generator=None",
       lambda x, n, r, g: torch.multinomial(x, n, r))
define(F, "rand", "*size, generator=None, dtype=None",
       lambda *a: torch.rand(_shape(a[0] if len(a) == 3 else a[:-2]), dtype=_creation_dtype(a[-1])))
define(F, "randn", "*size, generator=None, dtype=None",
       lambda *a: torch.randn(_shape(a[0] if len(a) == 3 else a[:-2]), dtype=_creation_dtype(a[-1])))
