"""msref (test instrument, NOT MindSpore): MindSpore 2.x dtype objects.

Each dtype prints as MindSpore prints it (``Float32``, ``Int64``, ``Bool``) and knows the torch
and numpy types the reference computes with.  uint16/uint32/uint64 have no torch storage in
torch 1.13, so they are computed in the next wider signed type (documented imprecision).
"""
import numpy as np
import torch

MSREF_NOTICE = "msref is a test-only reference of MindSpore semantics; it is not MindSpore."


class Type:
    """A MindSpore dtype (``mindspore.float32`` ...); compares by name."""

    def __init__(self, name, torch_dtype, np_dtype, py_type):
        self._name = name
        self.torch_dtype = torch_dtype
        self.np_dtype = np_dtype
        self.py_type = py_type

    def __repr__(self):
        return self._name

    __str__ = __repr__

    def __eq__(self, other):
        return isinstance(other, Type) and other._name == self._name

    def __hash__(self):
        return hash(self._name)

    def __reduce__(self):
        return (_by_name, (self._name,))


class TensorType(Type):
    """``mindspore.TensorType(float32)``: the type of a tensor of an element type."""

    def __init__(self, element_type=None):
        super().__init__(f"Tensor[{element_type}]", None, None, None)
        self.element_type = element_type


bool_ = Type("Bool", torch.bool, np.bool_, bool)
int8 = Type("Int8", torch.int8, np.int8, int)
int16 = Type("Int16", torch.int16, np.int16, int)
int32 = Type("Int32", torch.int32, np.int32, int)
int64 = Type("Int64", torch.int64, np.int64, int)
uint8 = Type("UInt8", torch.uint8, np.uint8, int)
uint16 = Type("UInt16", torch.int32, np.uint16, int)
uint32 = Type("UInt32", torch.int64, np.uint32, int)
uint64 = Type("UInt64", torch.int64, np.uint64, int)
float16 = Type("Float16", torch.float16, np.float16, float)
float32 = Type("Float32", torch.float32, np.float32, float)
float64 = Type("Float64", torch.float64, np.float64, float)
bfloat16 = Type("BFloat16", torch.bfloat16, None, float)
complex64 = Type("Complex64", torch.complex64, np.complex64, complex)
complex128 = Type("Complex128", torch.complex128, np.complex128, complex)
string = Type("String", None, np.str_, str)
type_none = Type("TypeNone", None, None, type(None))
qint4x2 = Type("QInt4x2", torch.int8, np.int8, int)

# Aliases MindSpore defines.
half, single, double = float16, float32, float64
float_, int_, uint = float32, int32, uint32
short, intc, intp = int16, int32, int64
byte, ubyte, ushort, uintc, uintp = int8, uint8, uint16, uint32, uint64

number_type = (int8, int16, int32, int64, uint8, uint16, uint32, uint64,
               float16, float32, float64, bfloat16, complex64, complex128)
int_type = (int8, int16, int32, int64)
uint_type = (uint8, uint16, uint32, uint64)
float_type = (float16, float32, float64, bfloat16)
signed_type = int_type + float_type + (complex64, complex128)
complex_type = (complex64, complex128)
all_types = (bool_,) + number_type

# Generic type names (mindspore.dtype.Int / Float / Bool are type classes in MindSpore).
Int, Float, Bool, UInt, Complex = int64, float32, bool_, uint8, complex64

_ALL = {t._name: t for t in all_types + (string, type_none, qint4x2)}
_FROM_TORCH = {}
for _t in (bool_, int8, int16, int32, int64, uint8, float16, float32, float64, bfloat16, complex64, complex128):
    _FROM_TORCH[_t.torch_dtype] = _t
_FROM_NP = {np.dtype(t.np_dtype): t for t in all_types if t.np_dtype is not None}


def _by_name(name):
    return _ALL[name]


def from_torch(torch_dtype):
    return _FROM_TORCH[torch_dtype]


def resolve(dtype):
    """A MindSpore dtype from a MindSpore dtype, a numpy dtype/type, a torch dtype or a Python type."""
    if dtype is None or isinstance(dtype, Type):
        return dtype
    if isinstance(dtype, torch.dtype):
        return _FROM_TORCH[dtype]
    if dtype in (bool,):
        return bool_
    if dtype is int:
        return int64
    if dtype is float:
        return float32
    if dtype is complex:
        return complex64
    if isinstance(dtype, str):
        lowered = {k.lower(): v for k, v in _ALL.items()}
        if dtype.lower() in lowered:
            return lowered[dtype.lower()]
    return _FROM_NP[np.dtype(dtype)]


def dtype_to_nptype(type_):
    return resolve(type_).np_dtype


def dtype_to_pytype(type_):
    return resolve(type_).py_type


def pytype_to_dtype(obj):
    if isinstance(obj, np.dtype):
        return _FROM_NP[obj]
    if obj is bool:
        return bool_
    if obj is int:
        return int64
    if obj is float:
        return float64
    return resolve(obj)


def get_py_obj_dtype(obj):
    if hasattr(obj, "dtype") and isinstance(obj.dtype, Type):
        return TensorType(obj.dtype)
    return pytype_to_dtype(type(obj))


def type_size_in_bytes(dtype):
    t = resolve(dtype)
    return np.dtype(t.np_dtype).itemsize if t.np_dtype is not None else 2


def is_float(dtype):
    return dtype in float_type


def is_int(dtype):
    return dtype in int_type or dtype in uint_type
