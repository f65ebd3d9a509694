"""Compare a torch result with a converted program's msref result: kind, dtype, shape and values.

Default tolerance rtol 1e-5, atol 1e-6 (a case may loosen it, with a reason, in its data).
"""
import numbers

import numpy as np
import torch

RTOL, ATOL = 1e-5, 1e-6


def normalize(value):
    """('tensor', dtype, shape, array) | ('seq', [...]) | ('number', v) | ('none',) | ('other', repr)."""
    from mindspore import Tensor
    if isinstance(value, torch.Tensor):
        array = value.detach().cpu()
        if array.dtype == torch.bfloat16:
            array = array.float()
        array = array.resolve_conj().numpy().copy()
        return ("tensor", str(value.dtype).replace("torch.", ""), tuple(value.shape), array)
    if isinstance(value, Tensor):
        array = value.asnumpy().copy()
        return ("tensor", _ms_dtype_name(value.dtype), tuple(value.shape), array)
    if isinstance(value, np.ndarray):
        return ("tensor", str(value.dtype), value.shape, value)
    if isinstance(value, (tuple, list, torch.Size)):
        return ("seq", [normalize(v) for v in value])
    if isinstance(value, (bool, numbers.Number)):
        return ("number", value)
    if value is None:
        return ("none",)
    return ("other", type(value).__name__)


def _ms_dtype_name(dtype):
    names = {"Float16": "float16", "Float32": "float32", "Float64": "float64", "BFloat16": "bfloat16",
             "Int8": "int8", "Int16": "int16", "Int32": "int32", "Int64": "int64", "UInt8": "uint8", "Bool": "bool",
             "Complex64": "complex64", "Complex128": "complex128"}
    return names.get(str(dtype), str(dtype))


def difference(expected, actual, rtol=RTOL, atol=ATOL, values=True):
    """None when equivalent, else a short description of the first difference."""
    if expected[0] != actual[0]:
        return f"kind {actual[0]} != torch's {expected[0]}"
    kind = expected[0]
    if kind == "tensor":
        if expected[1] != actual[1]:
            return f"dtype {actual[1]} != torch's {expected[1]}"
        if expected[2] != actual[2]:
            return f"shape {actual[2]} != torch's {expected[2]}"
        if values and not _close(expected[3], actual[3], rtol, atol):
            delta = np.nanmax(np.abs(expected[3].astype(np.float64) - actual[3].astype(np.float64))) \
                if expected[3].size and expected[3].dtype != bool else "-"
            return f"values differ (max abs diff {delta})"
        return None
    if kind == "seq":
        if len(expected[1]) != len(actual[1]):
            return f"{len(actual[1])} items != torch's {len(expected[1])}"
        for i, (e, a) in enumerate(zip(expected[1], actual[1])):
            found = difference(e, a, rtol, atol, values)
            if found:
                return f"item {i}: {found}"
        return None
    if kind == "number":
        if values and not np.isclose(float(expected[1]), float(actual[1]), rtol=rtol, atol=atol, equal_nan=True):
            return f"{actual[1]} != torch's {expected[1]}"
        if isinstance(expected[1], bool) != isinstance(actual[1], bool):
            return f"{type(actual[1]).__name__} != torch's {type(expected[1]).__name__}"
        return None
    return None if expected == actual else f"{actual} != torch's {expected}"


def _close(a, b, rtol, atol):
    if a.dtype == bool or b.dtype == bool or a.dtype.kind in "iu":
        return np.array_equal(a, b)
    return np.allclose(a.astype(np.complex128 if a.dtype.kind == "c" else np.float64),
                       b.astype(np.complex128 if b.dtype.kind == "c" else np.float64), rtol=rtol, atol=atol,
                       equal_nan=True)
