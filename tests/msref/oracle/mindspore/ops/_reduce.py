"""msref (test instrument, NOT MindSpore): reductions and scans of mindspore.ops / mint.

MindSpore's reductions take ``axis`` as None, () (= all), an int or a tuple, keep integer
dtypes (ReduceSum of Int32 is Int32, unlike torch), and ops.max/min return (values, indices).
"""
import torch

from .._bridge import tdtype
from ._define import define
from ._elementwise import t

F = {}


def dims(axis, ndim):
    """A tuple of non-negative dims; None or () means all."""
    if axis is None or axis == () or axis == []:
        return tuple(range(ndim))
    if isinstance(axis, torch.Tensor):
        axis = axis.tolist()
    if isinstance(axis, int):
        axis = (axis,)
    return tuple(sorted(a % ndim if ndim else 0 for a in axis))


def _reduce_each(x, axes, keep, fn):
    for a in sorted(axes, reverse=True):
        x = fn(x, a, keep)
    return x


def _sum(x, axis, keep, dtype):
    x = t(x)
    out_dtype = tdtype(dtype) or (x.dtype if x.dtype != torch.bool else torch.int64)
    if x.dim() == 0:
        return x.to(out_dtype)
    return torch.sum(x, dim=dims(axis, x.dim()), keepdim=keep).to(out_dtype)


define(F, "sum", "input, dim=None, keepdim=False, *, dtype=None", _sum)
define(F, "reduce_sum", "input, axis=(), keep_dims=False", lambda x, a, k: _sum(x, a, k, None))


def _mean(x, axis, keep, dtype=None):
    x = t(x)
    if dtype is not None:
        x = x.to(tdtype(dtype))
    if x.dim() == 0:
        return x.clone()
    if not x.is_floating_point() and not x.is_complex():
        return torch.mean(x.double(), dim=dims(axis, x.dim()), keepdim=keep).to(x.dtype)
    return torch.mean(x, dim=dims(axis, x.dim()), keepdim=keep)


define(F, "mean", "x, axis=None, keep_dims=False", _mean)
define(F, "mean_ext", "input, dim=None, keepdim=False, *, dtype=None", _mean)
define(F, "nanmean", "input, axis=None, keepdims=False, *, dtype=None",
       lambda x, a, k, d: torch.nanmean(x if d is None else x.to(tdtype(d)), dim=dims(a, x.dim()), keepdim=k))


def _nansum(x, axis, keep, dtype):
    out = torch.nansum(x, dim=dims(axis, x.dim()), keepdim=keep)
    if dtype is not None:
        return out.to(tdtype(dtype))
    return out if x.is_floating_point() else out.to(x.dtype)


define(F, "nansum", "input, axis=None, keepdims=False, *, dtype=None", _nansum)


def _prod(x, axis, keep, dtype):
    x = t(x)
    if dtype is not None:
        x = x.to(tdtype(dtype))
    out = _reduce_each(x, dims(axis, x.dim()), keep, lambda v, a, k: torch.prod(v, a, keepdim=k)) if x.dim() else x
    return out.to(x.dtype)


define(F, "prod", "input, axis=None, keep_dims=False, dtype=None", _prod)


def _all_any(fn):
    def impl(x, axis, keep):
        x = t(x).bool()
        if x.dim() == 0:
            return x.clone()
        return _reduce_each(x, dims(axis, x.dim()), keep, lambda v, a, k: fn(v, a, keepdim=k))
    return impl


define(F, "all", "input, axis=None, keep_dims=False", _all_any(torch.all))
define(F, "any", "input, axis=None, keep_dims=False", _all_any(torch.any))


def _masked_extreme(x, axis, keep, initial, where, largest):
    fill = -float("inf") if largest else float("inf")
    if not x.is_floating_point():
        info = torch.iinfo(x.dtype) if x.dtype != torch.bool else None
        fill = (info.min if largest else info.max) if info else (False if largest else True)
    values = x if where is None else torch.where(t(where).bool(), x, torch.full_like(x, fill))
    return values, fill


def _init_and_select(x, initial, where, largest):
    """MindSpore's rule: compare with ``initial`` first, then put ``initial`` where ``where`` is False."""
    if initial is not None:
        bound = torch.full_like(x, initial)
        x = torch.maximum(x, bound) if largest else torch.minimum(x, bound)
    if where is not None:
        if initial is None:
            raise ValueError("initial value must be provided for where masks")
        x = torch.where(t(where).bool().broadcast_to(x.shape), x, torch.full_like(x, initial))
    return x


def _max_min(largest):
    def impl(x, axis, keep, initial, where):
        x = t(x)
        reduce_all = torch.amax if largest else torch.amin
        if x.dim() == 0:
            return x.clone(), torch.tensor(0, dtype=torch.int64)
        if axis is None:
            # MindSpore 2.6 returns index 0 when reducing over all elements (array_func.max/min).
            return reduce_all(x), torch.tensor(0, dtype=torch.int64)
        x = _init_and_select(x, initial, where, largest)
        pick = torch.max if largest else torch.min
        value, index = pick(x, dim=axis, keepdim=keep)
        return value, index
    return impl


define(F, "max", "input, axis=None, keepdims=False, *, initial=None, where=None", _max_min(True))
define(F, "min", "input, axis=None, keepdims=False, *, initial=None, where=None", _max_min(False))


def _amax_amin(largest):
    def impl(x, axis, keep, initial, where):
        values, _ = _masked_extreme(x, axis, keep, initial, where, largest)
        fn = torch.amax if largest else torch.amin
        out = fn(values, dim=dims(axis, x.dim()), keepdim=keep) if x.dim() else values.clone()
        if initial is not None:
            bound = torch.full_like(out, initial)
            out = torch.maximum(out, bound) if largest else torch.minimum(out, bound)
        return out
    return impl


define(F, "amax", "input, axis=None, keepdims=False, *, initial=None, where=None", _amax_amin(True))
define(F, "amin", "input, axis=None, keepdims=False, *, initial=None, where=None", _amax_amin(False))
def _aminmax(x, axis, keep):
    if axis is None:
        # The all-element reduction disregards NaN (documented in ops.aminmax).
        valid = x[~torch.isnan(x)] if x.is_floating_point() else x.reshape(-1)
        low, high = valid.min(), valid.max()
        shape = [1] * x.dim() if keep else []
        return low.reshape(shape), high.reshape(shape)
    return torch.amin(x, dim=axis, keepdim=keep), torch.amax(x, dim=axis, keepdim=keep)


define(F, "aminmax", "input, *, axis=0, keepdims=False", _aminmax)


def _arg(fn):
    def impl(x, dim, keep):
        if dim is None:
            out = fn(x.reshape(-1))
            return out.reshape([1] * x.dim()) if keep else out
        return fn(x, dim=dim, keepdim=keep)
    return impl


define(F, "argmax", "input, dim=None, keepdim=False", _arg(torch.argmax))
define(F, "argmin", "input, axis=None, keepdims=False", lambda x, a, k: _arg(torch.argmin)(x, a, k).to(torch.int32))


def _var_std(kind):
    def impl(x, axis, ddof, keep):
        if isinstance(ddof, bool):
            ddof = int(ddof)
        axes = dims(axis, x.dim())
        mean = torch.mean(x, dim=axes, keepdim=True)
        count = 1
        for a in axes:
            count *= x.shape[a]
        var = torch.sum((x - mean) ** 2, dim=axes, keepdim=keep) / max(count - ddof, 0)
        out = var if kind in ("var", "var_mean") else torch.sqrt(var)
        if kind.endswith("_mean"):
            return out, mean if keep else mean.reshape(out.shape)
        return out
    return impl


for _kind in ("var", "std", "var_mean", "std_mean"):
    define(F, _kind, "input, axis=None, ddof=0, keepdims=False", _var_std(_kind))
    define(F, _kind + "_ext", "input, dim=None, *, correction=1, keepdim=False", _var_std(_kind))


def _median(x, axis, keep):
    return torch.median(x, dim=axis, keepdim=keep)


define(F, "median", "input, axis=-1, keepdims=False", _median)
define(F, "nanmedian", "input, axis=-1, keepdims=False", lambda x, a, k: torch.nanmedian(x, dim=a, keepdim=k))


def _cum(fn):
    def impl(x, axis, dtype):
        out = fn(x, dim=axis)
        return out if dtype is None else out.to(tdtype(dtype))
    return impl


def _cumsum_keep(x, axis, dtype):
    out = torch.cumsum(x, dim=axis if axis is not None else 0)
    return out.to(tdtype(dtype) if dtype is not None else x.dtype)


define(F, "cumsum", "x, axis, dtype=None", _cumsum_keep)
define(F, "cumprod", "input, dim, dtype=None", lambda x, d, dt: torch.cumprod(x, dim=d).to(tdtype(dt) or x.dtype))
define(F, "cummax", "input, axis", lambda x, a: torch.cummax(x, dim=a))
define(F, "cummin", "input, axis", lambda x, a: torch.cummin(x, dim=a))
define(F, "logcumsumexp", "input, axis", lambda x, a: torch.logcumsumexp(x, dim=a))
define(F, "logsumexp", "input, dim, keepdim=False", lambda x, d, k: torch.logsumexp(x, dim=dims(d, x.dim()), keepdim=k))


def _count_nonzero(x, axis, keep, dtype):
    nz = (x != 0)
    if x.dim() == 0:
        return nz.to(tdtype(dtype))
    return torch.sum(nz, dim=dims(axis, x.dim()), keepdim=keep).to(tdtype(dtype))


define(F, "count_nonzero", "x, axis=(), keep_dims=False, dtype=mstype.int32", _count_nonzero)


def _norm(A, ord, dim, keep, dtype):
    A = A if dtype is None else A.to(tdtype(dtype))
    return torch.linalg.norm(A, ord=ord, dim=dim, keepdim=keep)


define(F, "norm", "A, ord=None, dim=None, keepdim=False, *, dtype=None", _norm)
define(F, "vector_norm", "x, ord=2, axis=None, keepdims=False, *, dtype=None",
       lambda x, o, a, k, d: torch.linalg.vector_norm(x, ord=o, dim=a, keepdim=k, dtype=tdtype(d)))
define(F, "matrix_norm", "A, ord='fro', axis=(-2, -1), keepdims=False, *, dtype=None",
       lambda x, o, a, k, d: torch.linalg.matrix_norm(x, ord=o, dim=a, keepdim=k, dtype=tdtype(d)))
define(F, "trace", "input", lambda x: torch.trace(x))
define(F, "dist", "input, other, p=2", lambda a, b, p: torch.dist(a, b, p=p))
