"""msref (test instrument, NOT MindSpore): the bridge between msref Tensors and torch tensors.

Every operation of the reference is written in torch terms; ``op`` unwraps msref Tensors into
torch tensors on the way in and wraps torch results back on the way out.  Operations that torch
1.13 lacks for float16/bfloat16 on CPU are recomputed in float32 and cast back, which is how
MindSpore's CPU kernels behave for most of them too (documented imprecision).
"""
import functools

import numpy as np
import torch

from .common import dtype as mstype


def unwrap(x):
    from .common.tensor import Tensor
    if isinstance(x, Tensor):
        return x._t
    if isinstance(x, list):
        return [unwrap(v) for v in x]
    if isinstance(x, tuple) and not hasattr(x, "_fields"):
        return tuple(unwrap(v) for v in x)
    if isinstance(x, dict):
        return {k: unwrap(v) for k, v in x.items()}
    return x


def wrap(x):
    from .common.tensor import Tensor
    if isinstance(x, torch.Tensor):
        return Tensor._from_torch(x)
    if isinstance(x, tuple):
        return tuple(wrap(v) for v in x)
    if isinstance(x, list):
        return [wrap(v) for v in x]
    return x


def tdtype(dtype):
    """torch dtype of a MindSpore (or numpy/torch/python) dtype; None stays None."""
    if dtype is None:
        return None
    return mstype.resolve(dtype).torch_dtype


def as_torch(x, dtype=None):
    """A torch tensor from a tensor, number, list or numpy array (MindSpore's inference rules)."""
    from .common.tensor import Tensor
    if isinstance(x, Tensor):
        x = x._t
    if isinstance(x, torch.Tensor):
        return x if dtype is None else x.to(tdtype(dtype))
    return Tensor(x, dtype=dtype)._t


_LOW_PRECISION = (torch.float16, torch.bfloat16)


def _upcast(x):
    if isinstance(x, torch.Tensor) and x.dtype in _LOW_PRECISION:
        return x.float()
    if isinstance(x, (list, tuple)) and not hasattr(x, "_fields"):
        return type(x)(_upcast(v) for v in x)
    return x


def _downcast(x, dtype):
    if isinstance(x, torch.Tensor) and x.dtype == torch.float32:
        return x.to(dtype)
    if isinstance(x, (list, tuple)):
        return type(x)(_downcast(v, dtype) for v in x) if not hasattr(x, "_fields") else tuple(_downcast(v, dtype) for v in x)
    return x


def _low_precision_dtype(args, kwargs):
    for v in list(args) + list(kwargs.values()):
        if isinstance(v, torch.Tensor) and v.dtype in _LOW_PRECISION:
            return v.dtype
        if isinstance(v, (list, tuple)):
            found = _low_precision_dtype(v, {})
            if found is not None:
                return found
    return None


def _normalize(out):
    """torch.return_types namedtuples become plain tuples, as MindSpore returns tuples."""
    if isinstance(out, tuple) and hasattr(out, "_fields") and type(out).__module__.startswith("torch"):
        return tuple(out)
    return out


def op(fn):
    """Decorate a torch-level implementation so it takes and returns msref Tensors."""

    @functools.wraps(fn)
    def call(*args, **kwargs):
        targs = [unwrap(a) for a in args]
        tkwargs = {k: unwrap(v) for k, v in kwargs.items()}
        try:
            out = fn(*targs, **tkwargs)
        except (RuntimeError, NotImplementedError) as error:
            low = _low_precision_dtype(targs, tkwargs)
            if low is None or ("Half" not in str(error) and "BFloat16" not in str(error)):
                raise
            out = _downcast(_normalize(fn(*_upcast(targs), **{k: _upcast(v) for k, v in tkwargs.items()})), low)
        return wrap(_normalize(out))

    call.__msref_op__ = True
    return call


def to_numpy(t):
    t = t.detach()
    if t.dtype == torch.bfloat16:
        t = t.float()
    return t.cpu().numpy()


def np_to_torch(arr):
    arr = np.asarray(arr)
    if arr.dtype == np.uint16:
        arr = arr.astype(np.int32)
    elif arr.dtype in (np.uint32, np.uint64):
        arr = arr.astype(np.int64)
    elif arr.dtype == np.int8 or arr.dtype.kind in "biufc":
        pass
    else:
        raise TypeError(f"msref: unsupported numpy dtype {arr.dtype} for a Tensor")
    return torch.from_numpy(np.array(arr, copy=True, order="C"))
