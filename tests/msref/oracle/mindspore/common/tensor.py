"""msref (test instrument, NOT MindSpore): ``mindspore.Tensor`` backed by a torch tensor.

Only the attributes and methods MindSpore 2.6's Tensor has are defined (the methods are installed
by ``mindspore/_tensor_methods.py``): converted code that still calls a torch-only method fails
here as it would under MindSpore, instead of silently running torch.
"""
import numbers

import numpy as np
import torch

from . import dtype as mstype
from .._bridge import np_to_torch, tdtype, to_numpy, unwrap, wrap

MSREF_NOTICE = mstype.MSREF_NOTICE


def _infer_from_python(data):
    """MindSpore's dtype rules for Python data: bool -> Bool, int -> Int64, float -> Float32."""
    arr = np.array(data)
    if arr.dtype == np.float64 and not isinstance(data, np.ndarray):
        arr = arr.astype(np.float32)
    elif arr.dtype == np.complex128 and not isinstance(data, np.ndarray):
        arr = arr.astype(np.complex64)
    return arr


def _contains_tensor(data):
    if isinstance(data, Tensor):
        return True
    return isinstance(data, (list, tuple)) and any(_contains_tensor(v) for v in data)


def _to_plain(data):
    if isinstance(data, Tensor):
        return to_numpy(data._t)
    if isinstance(data, (list, tuple)):
        return [_to_plain(v) for v in data]
    return data


class Tensor:
    """msref stand-in for ``mindspore.Tensor`` (not MindSpore)."""

    __array_priority__ = 1000

    def __init__(self, input_data=None, dtype=None, shape=None, init=None, internal=False,
                 const_arg=False, device=None):
        dtype = mstype.resolve(dtype)
        if init is not None:
            from .initializer import initializer
            if shape is None or dtype is None:
                raise ValueError("For 'Tensor', 'shape' and 'dtype' must be given with 'init'.")
            t = initializer(init, shape, dtype)._t
        elif input_data is None:
            if shape is None:
                raise ValueError("For 'Tensor', 'input_data' or 'shape' must be given.")
            shape = (shape,) if isinstance(shape, int) else tuple(shape)
            t = torch.zeros(shape, dtype=tdtype(dtype or mstype.float32))
        elif isinstance(input_data, Tensor):
            t = input_data._t.detach().clone()
        elif isinstance(input_data, torch.Tensor):
            t = input_data.detach().clone()
        elif isinstance(input_data, np.ndarray):
            t = np_to_torch(input_data)
        elif isinstance(input_data, np.generic):
            t = np_to_torch(np.array(input_data))
        elif _contains_tensor(input_data):
            t = np_to_torch(_infer_from_python(_to_plain(input_data)))
        elif isinstance(input_data, (bool, numbers.Number, list, tuple)):
            t = np_to_torch(_infer_from_python(input_data))
        else:
            raise TypeError(f"For 'Tensor', the type of input_data is not supported: {type(input_data).__name__}.")
        if dtype is not None and t.dtype != dtype.torch_dtype:
            t = t.to(dtype.torch_dtype)
        self._t = t

    @classmethod
    def _from_torch(cls, t):
        obj = Tensor.__new__(Tensor)
        obj._t = t
        return obj

    # ---- properties -------------------------------------------------------------------------
    @property
    def shape(self):
        return tuple(self._t.shape)

    @property
    def dtype(self):
        return mstype.from_torch(self._t.dtype)

    @property
    def ndim(self):
        return self._t.dim()

    @property
    def size(self):
        return self._t.numel()

    @property
    def itemsize(self):
        return self._t.element_size()

    @property
    def nbytes(self):
        return self._t.element_size() * self._t.numel()

    @property
    def strides(self):
        return tuple(s * self._t.element_size() for s in self._t.stride())

    @property
    def T(self):
        return wrap(self._t.permute(*reversed(range(self._t.dim()))))

    @property
    def mT(self):
        return wrap(self._t.transpose(-2, -1))

    @property
    def H(self):
        return wrap(self._t.conj().permute(*reversed(range(self._t.dim()))))

    @property
    def mH(self):
        return wrap(self._t.transpose(-2, -1).conj())

    @property
    def real(self):
        return wrap(torch.real(self._t))

    @property
    def imag(self):
        return wrap(torch.imag(self._t))

    @property
    def has_init(self):
        return False

    # ---- conversion ---------------------------------------------------------------------------
    def asnumpy(self):
        return to_numpy(self._t)

    def numpy(self):
        return to_numpy(self._t)

    def __array__(self, dtype=None):
        arr = to_numpy(self._t)
        return arr if dtype is None else arr.astype(dtype)

    def item(self, index=None):
        if index is not None:
            return self.asnumpy().item(index)
        if self._t.numel() != 1:
            raise ValueError("For 'Tensor.item', the tensor must have exactly one element.")
        return self._t.item()

    def tolist(self):
        return self._t.tolist()

    def init_data(self, slice_index=None, shape=None, opt_shape=None):
        return self

    def __str__(self):
        return str(self.asnumpy())

    def __repr__(self):
        shape = list(self.shape)
        sep = "\n" if shape else " "
        return f"Tensor(shape={shape}, dtype={self.dtype}, value={sep}{self.asnumpy()})"

    def __format__(self, spec):
        if self._t.numel() == 1 and spec:
            return format(self._t.item(), spec)
        return str(self)

    def __bool__(self):
        if self._t.numel() != 1:
            raise ValueError("The truth value of a Tensor with more than one element is ambiguous.")
        return bool(self._t.item())

    def __int__(self):
        return int(self._t.item())

    def __float__(self):
        return float(self._t.item())

    def __index__(self):
        if self._t.dtype.is_floating_point or self._t.numel() != 1:
            raise TypeError("Only integer scalar tensors can be converted to an index.")
        return int(self._t.item())

    def __len__(self):
        if self._t.dim() == 0:
            raise TypeError("len() of unsized object")
        return self._t.shape[0]

    def __iter__(self):
        if self._t.dim() == 0:
            raise TypeError("iteration over a 0-d tensor")
        return (wrap(row) for row in self._t.unbind(0))

    def __hash__(self):
        return id(self)

    def __round__(self, ndigits=None):
        return round(self._t.item(), ndigits)

    def __deepcopy__(self, memodict):
        new = Tensor._from_torch(self._t.detach().clone())
        return new

    def __getstate__(self):
        return {"_t": self._t}

    def __setstate__(self, state):
        self._t = state["_t"]

    # ---- indexing ------------------------------------------------------------------------------
    def __getitem__(self, index):
        return wrap(self._t[_index(index)])

    def __setitem__(self, index, value):
        value = unwrap(value)
        if isinstance(value, torch.Tensor):
            value = value.to(self._t.dtype)
        if self._t.requires_grad and self._t.is_leaf:
            with torch.no_grad():
                self._t[_index(index)] = value
        else:
            self._t[_index(index)] = value

    def __contains__(self, value):
        return bool((self._t == unwrap(value)).any())


def _index(index):
    if isinstance(index, Tensor):
        return index._t
    if isinstance(index, tuple):
        return tuple(_index(i) for i in index)
    if isinstance(index, list):
        return [_index(i) for i in index]
    return index


def tensor(input_data=None, dtype=None, device=None):
    """``mindspore.tensor`` (2.6): a Tensor from data."""
    return Tensor(input_data, dtype=dtype)


def is_tensor(obj):
    return isinstance(obj, Tensor)


def from_numpy(array):
    return Tensor._from_torch(torch.from_numpy(np.ascontiguousarray(array)))


# ``Tensor.from_numpy`` is a static method of MindSpore's Tensor (both 2.2 and 2.6), the same as mindspore.from_numpy.
Tensor.from_numpy = staticmethod(from_numpy)
