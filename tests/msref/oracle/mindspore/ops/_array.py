"""msref (test instrument, NOT MindSpore): shape, indexing and creation functions of mindspore.ops.

Implemented in torch terms with MindSpore's names, signatures and defaults (ops.flatten starts at
dim 1, ops.transpose is a full permutation, ops.gather is numpy's ``take`` along an axis, ...).
"""
import itertools

import torch

from .._bridge import as_torch, tdtype
from ..common import dtype as mstype
from ._define import define
from ._elementwise import t

F = {}


def _shape(shape):
    if isinstance(shape, torch.Tensor):
        return tuple(int(v) for v in shape.reshape(-1).tolist())
    if isinstance(shape, int):
        return (shape,)
    return tuple(int(v) for v in shape)


define(F, "reshape", "input, shape", lambda x, s: torch.reshape(x, _shape(s)))


def _flatten(x, order, start_dim, end_dim):
    if order not in ("C", "F"):
        raise ValueError("For 'flatten', 'order' must be 'C' or 'F'.")
    if x.dim() == 0:
        return x.reshape(1)
    if order == "F":
        x = x.permute(*reversed(range(x.dim())))
    return torch.flatten(x, start_dim, end_dim)


define(F, "flatten", "input, order='C', *, start_dim=1, end_dim=-1", _flatten)
define(F, "transpose", "input, input_perm", lambda x, p: x.permute(*_shape(p)))
define(F, "permute", "input, axis", lambda x, p: x.permute(*_shape(p)))
define(F, "swapaxes", "input, axis0, axis1", lambda x, a, b: torch.swapaxes(x, a, b))
define(F, "swapdims", "input, dim0, dim1", lambda x, a, b: torch.swapaxes(x, a, b))
define(F, "moveaxis", "x, source, destination", lambda x, s, d: torch.movedim(x, s, d))
define(F, "movedim", "x, source, destination", lambda x, s, d: torch.movedim(x, s, d))
define(F, "t", "input", lambda x: x.t().clone() if x.dim() == 2 else x.clone())
define(F, "adjoint", "x", lambda x: x.transpose(-2, -1).conj_physical())


def _squeeze(x, axis):
    if axis is None:
        return torch.squeeze(x)
    axes = (axis,) if isinstance(axis, int) else tuple(axis)
    axes = sorted((a % x.dim() for a in axes), reverse=True)
    for a in axes:
        if x.shape[a] != 1:
            raise ValueError(f"For 'squeeze', the shape of dim {a} must be 1, but got {x.shape[a]}.")
        x = x.squeeze(a)
    return x


define(F, "squeeze", "input, axis=None", _squeeze)


def _unsqueeze(x, dim):
    return torch.unsqueeze(x, dim)


define(F, "unsqueeze", "input, dim", _unsqueeze)
define(F, "expand_dims", "input_x, axis", _unsqueeze)
define(F, "cat", "tensors, axis=0", lambda ts, a: torch.cat([t(v) for v in ts], dim=a))
define(F, "concat", "tensors, axis=0", lambda ts, a: torch.cat([t(v) for v in ts], dim=a))
define(F, "stack", "tensors, axis=0", lambda ts, a: torch.stack([t(v) for v in ts], dim=a))
define(F, "unstack", "input_x, axis=0", lambda x, a: tuple(torch.unbind(x, dim=a)))
define(F, "unbind", "input, dim=0", lambda x, a: tuple(torch.unbind(x, dim=a)))
define(F, "hstack", "tensors", lambda ts: torch.hstack([t(v) for v in ts]))
define(F, "vstack", "inputs", lambda ts: torch.vstack([t(v) for v in ts]))
define(F, "dstack", "tensors", lambda ts: torch.dstack([t(v) for v in ts]))
define(F, "column_stack", "tensors", lambda ts: torch.column_stack([t(v) for v in ts]))
define(F, "row_stack", "tensors", lambda ts: torch.vstack([t(v) for v in ts]))


def _split(x, size, axis):
    return tuple(torch.split(x, size if isinstance(size, int) else list(size), dim=axis))


define(F, "split", "tensor, split_size_or_sections, axis=0", _split)


def _tensor_split(x, sections, axis):
    sections = sections if isinstance(sections, int) else list(sections)
    return tuple(torch.tensor_split(x, sections, dim=axis))


define(F, "tensor_split", "input, indices_or_sections, axis=0", _tensor_split)
define(F, "hsplit", "input, indices_or_sections", lambda x, s: _tensor_split(x, s, 1 if x.dim() > 1 else 0))
define(F, "vsplit", "input, indices_or_sections", lambda x, s: _tensor_split(x, s, 0))
define(F, "dsplit", "input, indices_or_sections", lambda x, s: _tensor_split(x, s, 2))
define(F, "chunk", "input, chunks, axis=0", lambda x, c, a: tuple(torch.chunk(x, c, dim=a)))
define(F, "narrow", "input, axis, start, length", lambda x, a, s, n: torch.narrow(x, a, s, n).clone())


def _slice(x, begin, size):
    index = tuple(slice(b, b + (x.shape[i] - b if s == -1 else s)) for i, (b, s) in enumerate(zip(begin, size)))
    return x[index].clone()


define(F, "slice", "input_x, begin, size", _slice)


def _bits(mask, i):
    return (mask >> i) & 1


def _strided_slice(x, begin, end, strides, begin_mask, end_mask, ellipsis_mask, new_axis_mask, shrink_axis_mask):
    index = []
    dim = 0
    for i, (b, e, s) in enumerate(zip(begin, end, strides)):
        if _bits(ellipsis_mask, i):
            index.append(Ellipsis)
            dim = x.dim() - (len(begin) - i - 1)
            continue
        if _bits(new_axis_mask, i):
            index.append(None)
            continue
        if _bits(shrink_axis_mask, i):
            index.append(b)
            dim += 1
            continue
        index.append(slice(None if _bits(begin_mask, i) else b, None if _bits(end_mask, i) else e, s))
        dim += 1
    return _numpy_index(x, tuple(index))


def _numpy_index(x, index):
    """Indexing with numpy semantics (negative steps allowed) by going through numpy."""
    arr = x.detach().cpu().numpy()[index]
    return torch.from_numpy(arr.copy()).to(x.dtype)


define(F, "strided_slice", "input_x, begin, end, strides, begin_mask=0, end_mask=0, ellipsis_mask=0, "
       "new_axis_mask=0, shrink_axis_mask=0", _strided_slice)


def _gather(params, indices, axis, batch_dims):
    indices = t(indices)
    if batch_dims:
        batch_dims = batch_dims + indices.dim() if batch_dims < 0 else batch_dims
        lead = params.shape[:batch_dims]
        flat_params = params.reshape((-1,) + tuple(params.shape[batch_dims:]))
        flat_indices = indices.reshape((-1,) + tuple(indices.shape[batch_dims:]))
        parts = [_gather(p, i, (axis % params.dim()) - batch_dims, 0) for p, i in zip(flat_params, flat_indices)]
        return torch.stack(parts).reshape(tuple(lead) + tuple(parts[0].shape))
    axis = axis % params.dim()
    flat = torch.index_select(params, axis, indices.reshape(-1).long())
    shape = params.shape[:axis] + indices.shape + params.shape[axis + 1:]
    return flat.reshape(shape)


define(F, "gather", "input_params, input_indices, axis, batch_dims=0", _gather)
define(F, "gather_d", "x, dim, index", lambda x, d, i: torch.gather(x, d, i.long()))
define(F, "gather_elements", "input, dim, index", lambda x, d, i: torch.gather(x, d, i.long()))


def _gather_nd(x, indices):
    indices = indices.long()
    depth = indices.shape[-1]
    flat = indices.reshape(-1, depth)
    picked = x[tuple(flat[:, i] for i in range(depth))]
    return picked.reshape(tuple(indices.shape[:-1]) + tuple(x.shape[depth:]))


define(F, "gather_nd", "input_x, indices", _gather_nd)
define(F, "index_select", "input, axis, index", lambda x, a, i: torch.index_select(x, a, t(i).long().reshape(-1)))
define(F, "take", "input, index", lambda x, i: torch.take(x, i.long()))


def _masked_fill(x, mask, value):
    value = value.to(x.dtype) if isinstance(value, torch.Tensor) else value
    return torch.masked_fill(x, t(mask).bool(), value)


define(F, "masked_fill", "input_x, mask, value", _masked_fill)
define(F, "masked_select", "input, mask", lambda x, m: torch.masked_select(x, t(m).bool()))


def _where(cond, x, y):
    cond = t(cond).bool()
    if not isinstance(x, torch.Tensor) and not isinstance(y, torch.Tensor):
        x = as_torch(x)
    if not isinstance(x, torch.Tensor):
        x = torch.tensor(x, dtype=y.dtype if not isinstance(x, float) else torch.float32)
    if not isinstance(y, torch.Tensor):
        y = torch.tensor(y, dtype=x.dtype if not isinstance(y, float) else torch.float32)
    return torch.where(cond, x, y)


define(F, "where", "condition, input, other", _where)
define(F, "select", "condition, input, other", _where)


def _scatter(x, axis, index, src):
    if isinstance(src, torch.Tensor):
        return torch.scatter(x, axis, index.long(), src.to(x.dtype))
    return torch.scatter(x, axis, index.long(), src)


define(F, "scatter", "input, axis, index, src", _scatter)


def _tensor_scatter(reduce):
    def impl(x, indices, updates, axis=0, reduction="none"):
        out = x.clone()
        indices = indices.long()
        depth = indices.shape[-1]
        flat_idx = indices.reshape(-1, depth)
        flat_upd = updates.reshape((flat_idx.shape[0],) + tuple(x.shape[depth:]))
        for row, upd in zip(flat_idx, flat_upd):
            key = tuple(row.tolist())
            out[key] = reduce(out[key], upd)
        return out
    return impl


_REDUCERS = {
    "update": lambda old, new: new, "add": lambda old, new: old + new, "sub": lambda old, new: old - new,
    "mul": lambda old, new: old * new, "div": lambda old, new: old / new,
    "max": lambda old, new: torch.maximum(old, new), "min": lambda old, new: torch.minimum(old, new),
}
for _kind, _fn in _REDUCERS.items():
    define(F, f"tensor_scatter_{_kind}", "input_x, indices, updates", _tensor_scatter(_fn))
    define(F, f"scatter_nd_{_kind}", "input_x, indices, updates, use_locking=False",
           lambda x, i, u, lock, _f=_fn: _tensor_scatter(_f)(x, i, u))


def _scatter_nd(indices, updates, shape):
    zeros = torch.zeros(_shape(shape), dtype=updates.dtype)
    return _tensor_scatter(_REDUCERS["add"])(zeros, indices, updates)


define(F, "scatter_nd", "indices, updates, shape", _scatter_nd)


def _scatter_first_axis(reduce):
    def impl(x, indices, updates):
        out = x
        with torch.no_grad():
            for i, upd in zip(indices.reshape(-1).tolist(), updates.reshape((-1,) + tuple(x.shape[1:]))):
                out[i] = reduce(out[i], upd)
        return out
    return impl


for _kind in ("add", "sub", "mul", "div", "max", "min", "update"):
    define(F, f"scatter_{_kind}" if _kind != "add" else "scatter_add", "input_x, indices, updates",
           _scatter_first_axis(_REDUCERS[_kind]))


def _tensor_scatter_elements(x, indices, updates, axis, reduction):
    if reduction == "none":
        return torch.scatter(x, axis, indices.long(), updates)
    return torch.scatter_add(x, axis, indices.long(), updates)


define(F, "tensor_scatter_elements", "input_x, indices, updates, axis=0, reduction='none'", _tensor_scatter_elements)
define(F, "tile", "input, dims", lambda x, d: torch.tile(x, tuple(d)))


def _broadcast_to(x, shape):
    shape = list(_shape(shape))
    offset = len(shape) - x.dim()
    for i, size in enumerate(shape):
        if size == -1:
            shape[i] = x.shape[i - offset]
    return torch.broadcast_to(x, shape).clone()


define(F, "broadcast_to", "input, shape", _broadcast_to)
define(F, "expand_as", "input, other", lambda x, o: x.expand_as(o).clone())
define(F, "repeat_elements", "x, rep, axis=0", lambda x, r, a: torch.repeat_interleave(x, r, dim=a))
define(F, "repeat_interleave", "input, repeats, axis=None",
       lambda x, r, a: torch.repeat_interleave(x, r if not isinstance(r, (list, tuple)) else torch.tensor(r), dim=a))
define(F, "flip", "input, dims", lambda x, d: torch.flip(x, (d,) if isinstance(d, int) else tuple(d)))
define(F, "fliplr", "input", torch.fliplr)
define(F, "flipud", "input", torch.flipud)
define(F, "roll", "input, shifts, dims=None", lambda x, s, d: torch.roll(x, s, d))
define(F, "rot90", "input, k, dims", lambda x, k, d: torch.rot90(x, k, tuple(d)))
define(F, "tril", "input, diagonal=0", lambda x, d: torch.tril(x, d))
define(F, "triu", "input, diagonal=0", lambda x, d: torch.triu(x, d))
def _diag(x):
    """ops.diag: a rank-2k tensor (D1..Dk, D1..Dk) with ``x`` on its diagonal (not torch.diag for 2-D input)."""
    flat = x.reshape(-1)
    out = torch.zeros((flat.numel(), flat.numel()), dtype=x.dtype)
    out[range(flat.numel()), range(flat.numel())] = flat
    return out.reshape(tuple(x.shape) * 2)


define(F, "diag", "input", _diag)
define(F, "diagflat", "input, offset=0", lambda x, o: torch.diagflat(x, o))
define(F, "diagonal", "input, offset=0, dim1=0, dim2=1", lambda x, o, a, b: torch.diagonal(x, o, a, b).clone())
define(F, "diag_embed", "input, offset=0, dim1=-2, dim2=-1", lambda x, o, a, b: torch.diag_embed(x, o, a, b))
define(F, "diagonal_scatter", "input, src, offset=0, dim1=0, dim2=1",
       lambda x, s, o, a, b: torch.diagonal_scatter(x, s, o, a, b))
define(F, "select_scatter", "input, src, axis, index", lambda x, s, a, i: torch.select_scatter(x, s, a, i))
define(F, "slice_scatter", "input, src, axis=0, start=None, end=None, step=1",
       lambda x, s, a, b, e, st: torch.slice_scatter(x, s, a, b, e, st))


def _dtype_or(dtype, default):
    return tdtype(dtype) if dtype is not None else default


define(F, "zeros", "size, dtype=None", lambda s, d: torch.zeros(_shape(s), dtype=_dtype_or(d, torch.float32)))
define(F, "ones", "shape, dtype=None", lambda s, d: torch.ones(_shape(s), dtype=_dtype_or(d, torch.float32)))
define(F, "zeros_like", "input, *, dtype=None", lambda x, d: torch.zeros_like(x, dtype=tdtype(d)))
define(F, "ones_like", "input, dtype=None", lambda x, d: torch.ones_like(x, dtype=tdtype(d)))


def _fill_dtype(value, dtype):
    if dtype is not None:
        return tdtype(dtype)
    if isinstance(value, torch.Tensor):
        return value.dtype
    if isinstance(value, bool):
        return torch.bool
    return torch.int64 if isinstance(value, int) else torch.float32


define(F, "full", "size, fill_value, *, dtype=None",
       lambda s, v, d: torch.full(_shape(s), v.item() if isinstance(v, torch.Tensor) else v,
                                  dtype=tdtype(d) if d is not None else torch.int64))
define(F, "full_like", "input, fill_value, *, dtype=None",
       lambda x, v, d: torch.full_like(x, v.item() if isinstance(v, torch.Tensor) else v, dtype=tdtype(d)))
define(F, "fill", "type, shape, value", lambda d, s, v: torch.full(_shape(s), v, dtype=tdtype(d)))
define(F, "fills", "x, value", lambda x, v: torch.full_like(x, v))
define(F, "eye", "n, m=None, dtype=None", lambda n, m, d: torch.eye(n, n if m is None else m, dtype=_dtype_or(d, torch.float32)))


def _scalar(v):
    return v.item() if isinstance(v, torch.Tensor) else v


def _arange(start, end, step, dtype):
    start, end, step = _scalar(start), _scalar(end), _scalar(step)
    if end is None:
        start, end = 0, start
    if dtype is None:
        dtype = torch.float32 if any(isinstance(v, float) for v in (start, end, step)) else torch.int64
    return torch.arange(start, end, step, dtype=tdtype(dtype) if not isinstance(dtype, torch.dtype) else dtype)


define(F, "arange", "start=0, end=None, step=1, *, dtype=None", _arange)
define(F, "linspace", "start, end, steps",
       lambda a, b, n: torch.linspace(_scalar(a), _scalar(b), int(_scalar(n)), dtype=torch.float32))
define(F, "logspace", "start, end, steps, base=10, *, dtype=mstype.float32",
       lambda a, b, n, base, d: torch.logspace(a, b, n, base=base, dtype=tdtype(d)))
define(F, "range", "start, end, step, maxlen=1000000",
       lambda a, b, s, m: torch.arange(_scalar(a), _scalar(b), _scalar(s),
                                       dtype=a.dtype if isinstance(a, torch.Tensor) else None))


def _meshgrid(*args):
    *tensors, indexing = args
    return tuple(torch.meshgrid(*tensors, indexing=indexing))


define(F, "meshgrid", "*inputs, indexing='xy'", _meshgrid)


def _one_hot(indices, depth, on_value, off_value, axis):
    indices = indices.long()
    out = (indices.unsqueeze(-1) == torch.arange(depth)).to(torch.int64)
    on = on_value if isinstance(on_value, torch.Tensor) else torch.tensor(on_value)
    off = off_value if isinstance(off_value, torch.Tensor) else torch.tensor(off_value)
    out = torch.where(out.bool(), on, off)
    if axis != -1:
        out = torch.movedim(out, -1, axis)
    return out


define(F, "one_hot", "indices, depth, on_value=1, off_value=0, axis=-1", _one_hot)
define(F, "nonzero", "input, *, as_tuple=False",
       lambda x, as_tuple: tuple(torch.nonzero(x, as_tuple=True)) if as_tuple else torch.nonzero(x))
define(F, "argwhere", "input", lambda x: torch.argwhere(x))


def _unique(x):
    out, inverse = torch.unique(x, sorted=True, return_inverse=True)
    return out, inverse


define(F, "unique", "input", _unique)
define(F, "unique_consecutive", "input, return_inverse=False, return_counts=False, dim=None",
       lambda x, ri, rc, d: torch.unique_consecutive(x, return_inverse=ri, return_counts=rc, dim=d))
define(F, "sort", "input_x, axis=-1, descending=False",
       lambda x, a, d: (lambda out: (out[0], out[1].to(torch.int32)))(torch.sort(x, dim=a, descending=d, stable=True)))
define(F, "argsort", "input, axis=-1, descending=False",
       lambda x, a, d: torch.sort(x, dim=a, descending=d, stable=True)[1].to(torch.int32))
define(F, "msort", "input", lambda x: torch.sort(x, dim=0)[0])


def _topk(x, k, dim, largest, sorted):
    values, indices = torch.topk(x, k, dim=-1 if dim is None else dim, largest=largest, sorted=sorted)
    return values, indices.to(torch.int32)


define(F, "topk", "input, k, dim=None, largest=True, sorted=True", _topk)


def _searchsorted(seq, values, out_int32, right, side, sorter):
    right = right or side == "right"
    out = torch.searchsorted(seq, t(values), right=right, sorter=sorter)
    return out.to(torch.int32) if out_int32 else out


define(F, "searchsorted", "sorted_sequence, values, *, out_int32=False, right=False, side=None, sorter=None", _searchsorted)
define(F, "bucketize", "input, boundaries, *, right=False",
       lambda x, b, r: torch.bucketize(x, torch.tensor(b, dtype=x.dtype), right=r).to(torch.int32))
define(F, "shape", "input_x", lambda x: tuple(x.shape), wrap_torch=True)
define(F, "size", "input_x", lambda x: x.numel())
define(F, "numel", "input", lambda x: x.numel())
define(F, "rank", "input_x", lambda x: x.dim())
define(F, "dyn_shape", "input_x", lambda x: torch.tensor(x.shape, dtype=torch.int64))
define(F, "cast", "input, dtype", lambda x, d: t(x).to(tdtype(d)))
define(F, "tuple_to_array", "input_x", lambda x: torch.tensor(x, dtype=torch.float32 if any(
    isinstance(v, float) for v in x) else torch.int64))
define(F, "scalar_to_tensor", "input_x, dtype=mstype.float32", lambda x, d: torch.tensor(x, dtype=tdtype(d)))
define(F, "is_tensor", "obj", lambda x: isinstance(x, torch.Tensor))
define(F, "stop_gradient", "value", lambda x: x.detach() if isinstance(x, torch.Tensor) else x)
define(F, "ravel", "input", lambda x: torch.ravel(x))
define(F, "view_as", "input, other", lambda x, o: x.reshape(o.shape))
define(F, "atleast_1d", "inputs", lambda x: torch.atleast_1d(x) if isinstance(x, torch.Tensor) else
       tuple(torch.atleast_1d(v) for v in x))
define(F, "atleast_2d", "inputs", lambda x: torch.atleast_2d(x) if isinstance(x, torch.Tensor) else
       tuple(torch.atleast_2d(v) for v in x))
define(F, "atleast_3d", "inputs", lambda x: torch.atleast_3d(x) if isinstance(x, torch.Tensor) else
       tuple(torch.atleast_3d(v) for v in x))
define(F, "cartesian_prod", "*inputs", lambda *xs: torch.cartesian_prod(*xs))
define(F, "combinations", "input, r=2, with_replacement=False",
       lambda x, r, w: torch.combinations(x, r, with_replacement=w))
define(F, "block_diag", "*inputs", lambda *xs: torch.block_diag(*xs))
define(F, "triu_indices", "row, col, offset=0, *, dtype=mstype.int64",
       lambda r, c, o, d: torch.triu_indices(r, c, o).to(tdtype(d)))
define(F, "tril_indices", "row, col, offset=0, *, dtype=mstype.int64",
       lambda r, c, o, d: torch.tril_indices(r, c, o).to(tdtype(d)))


def _band_part(x, lower, upper):
    rows, cols = x.shape[-2:]
    i = torch.arange(rows).unsqueeze(-1)
    j = torch.arange(cols).unsqueeze(0)
    keep = torch.ones(rows, cols, dtype=torch.bool)
    if lower >= 0:
        keep &= (i - j) <= lower
    if upper >= 0:
        keep &= (j - i) <= upper
    return torch.where(keep, x, torch.zeros_like(x))


define(F, "matrix_band_part", "x, lower, upper", _band_part)


def _sequence_mask(lengths, maxlen):
    maxlen = int(lengths.max()) if maxlen is None else maxlen
    return torch.arange(maxlen) < lengths.unsqueeze(-1)


define(F, "sequence_mask", "lengths, maxlen=None", _sequence_mask)


def _reverse_sequence(x, seq_lengths, seq_dim, batch_dim):
    out = x.clone()
    for b, n in enumerate(seq_lengths.tolist()):
        index = [slice(None)] * x.dim()
        index[batch_dim] = b
        index[seq_dim] = slice(0, n)
        part = x[tuple(index)]
        axis = seq_dim - (1 if batch_dim < seq_dim else 0)
        out[tuple(index)] = torch.flip(part, (axis,))
    return out


define(F, "reverse_sequence", "x, seq_lengths, seq_dim, batch_dim=0", _reverse_sequence)


def _segment(reduce, empty_value):
    def impl(x, ids, num):
        num = int(num)
        empty = empty_value
        if not x.is_floating_point() and empty in (float("inf"), float("-inf")):
            info = torch.iinfo(x.dtype)
            empty = info.max if empty > 0 else info.min
        out = torch.full((num,) + tuple(x.shape[ids.dim():]), empty, dtype=x.dtype)
        flat_ids = ids.reshape(-1).tolist()
        flat_x = x.reshape((-1,) + tuple(x.shape[ids.dim():]))
        seen = [False] * num
        for i, seg in enumerate(flat_ids):
            if 0 <= seg < num:
                out[seg] = flat_x[i] if not seen[seg] else reduce(out[seg], flat_x[i])
                seen[seg] = True
        return out
    return impl


define(F, "unsorted_segment_sum", "input_x, segment_ids, num_segments", _segment(torch.add, 0))
define(F, "unsorted_segment_prod", "x, segment_ids, num_segments", _segment(torch.mul, 1))
define(F, "unsorted_segment_max", "x, segment_ids, num_segments", _segment(torch.maximum, float("-inf")))
define(F, "unsorted_segment_min", "x, segment_ids, num_segments", _segment(torch.minimum, float("inf")))
define(F, "bincount", "input, weights=None, minlength=0", lambda x, w, m: torch.bincount(x, w, m))
define(F, "histc", "input, bins=100, min=0.0, max=0.0", lambda x, b, lo, hi: torch.histc(x.float(), b, lo, hi))


def _diff(x, n, axis, prepend, append):
    return torch.diff(x, n=n, dim=axis, prepend=prepend, append=append)


define(F, "diff", "x, n=1, axis=-1, prepend=None, append=None", _diff)
define(F, "trapz", "y, x=None, *, dx=1.0, dim=-1",
       lambda y, x, dx, d: torch.trapz(y, x, dim=d) if x is not None else torch.trapz(y, dx=dx, dim=d))
define(F, "cross", "input, other, dim=None", lambda a, b, d: torch.cross(a, b, dim=d) if d is not None else torch.cross(a, b))
define(F, "vander", "x, N=None", lambda x, n: torch.vander(x, N=n))
define(F, "deepcopy", "input_x", lambda x: x.clone())
define(F, "addn", "x", lambda xs: sum(xs[1:], xs[0].clone()))


def _assign(update):
    def impl(variable, value):
        with torch.no_grad():
            variable.copy_(update(variable, value))
        return variable
    return impl


define(F, "assign", "variable, value", _assign(lambda var, val: torch.broadcast_to(t(val), var.shape)))
define(F, "assign_add", "variable, value", _assign(lambda var, val: var + val))
define(F, "assign_sub", "variable, value", _assign(lambda var, val: var - val))
define(F, "empty", "*size, dtype=None, device=None",
       lambda *a: torch.zeros(_shape(a[0] if len(a) == 3 and not isinstance(a[0], int) else a[:-2]),
                              dtype=_dtype_or(a[-2], torch.float32)))
define(F, "empty_like", "input, *, dtype=None, device=None", lambda x, d, dev: torch.zeros_like(x, dtype=tdtype(d)))
define(F, "index_fill", "x, axis, index, value", lambda x, a, i, v: torch.index_fill(x, a, i.long(), v))
define(F, "index_add", "x, indices, y, axis, use_lock=True, check_index_bound=True",
       lambda x, i, y, a, *_: torch.index_add(x, a, i.long(), y))
define(F, "padding", "x, pad_dim_size=8",
       lambda x, n: torch.cat([x, torch.zeros(x.shape[:-1] + (n - x.shape[-1],), dtype=x.dtype)], -1))
define(F, "renorm", "input, p, axis, maxnorm", lambda x, p, a, m: torch.renorm(x, p, a, m))
_ = itertools
