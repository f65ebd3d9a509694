"""Validation of everything a frontend or a command line hands to the kernel.

Nothing a user typed is ever evaluated: names are checked against a strict grammar and resolved
with a chain of getattr calls; shapes, dtypes and the opset are checked against fixed rules.
"""

import keyword
import re

from .errors import ShimError

# A first segment is a Python identifier; later segments may also be all digits, so that
# `net.features.0` reaches the children of an nn.Sequential (Module.__getattr__ accepts "0").
_IDENTIFIER = r"[A-Za-z_][A-Za-z0-9_]*"
_NAME = re.compile(rf"{_IDENTIFIER}(\.(?:{_IDENTIFIER}|[0-9]+))*")

MAX_NAME_LENGTH = 200
MAX_INPUTS = 16
MAX_RANK = 8
# Refuse inputs above 2**28 elements (1 GiB of float32): an export needs only a sample tensor.
MAX_ELEMENTS = 2 ** 28

DTYPES = ("float32", "float64", "float16", "bfloat16", "int64", "int32", "int16", "int8", "uint8", "bool")
DEFAULT_DTYPE = "float32"
DEFAULT_OPSET = 13
OPSETS = range(11, 18)  # what torch 1.13 (the oldest supported torch) can write


def validate_name(name):
    """Return the segments of a dotted variable name, or raise invalid_request."""
    if not isinstance(name, str):
        raise ShimError("invalid_request", f"the model name must be a string, not {type(name).__name__}")
    shown = name if len(name) <= 60 else name[:57] + "..."
    if len(name) > MAX_NAME_LENGTH or not _NAME.fullmatch(name):
        raise ShimError(
            "invalid_request",
            f"{shown!r} is not a variable name: give a dotted Python identifier such as net or "
            "model.backbone (expressions and statements are refused, nothing is evaluated)",
        )
    segments = name.split(".")
    for segment in segments:
        if keyword.iskeyword(segment):
            raise ShimError("invalid_request", f"{shown!r} is not a variable name: {segment!r} is a Python keyword")
        if segment.startswith("__"):
            raise ShimError(
                "invalid_request", f"{shown!r} is refused: names with dunder parts ({segment!r}) are not looked up"
            )
    return segments


def resolve_name(name, namespace):
    """Look a validated dotted name up in a namespace with getattr; never evaluates anything."""
    segments = validate_name(name)
    if segments[0] not in namespace:
        raise ShimError("unknown_variable", f"name {segments[0]!r} is not defined in the kernel")
    value = namespace[segments[0]]
    for index, segment in enumerate(segments[1:], start=1):
        try:
            value = getattr(value, segment)
        except AttributeError:
            owner = ".".join(segments[:index])
            raise ShimError("unknown_variable", f"{owner!r} has no attribute {segment!r}") from None
    return value


def validate_shapes(shapes):
    """Return shapes as a list of lists of positive ints, or raise invalid_request."""
    if not isinstance(shapes, (list, tuple)) or not shapes:
        raise ShimError("invalid_request", "shapes must be a non-empty list of shapes, e.g. [[1, 3, 224, 224]]")
    if len(shapes) > MAX_INPUTS:
        raise ShimError("invalid_request", f"at most {MAX_INPUTS} inputs are supported, got {len(shapes)}")
    return [_validate_shape(shape, index) for index, shape in enumerate(shapes)]


def _validate_shape(shape, index):
    where = f"shape {index + 1}"
    if not isinstance(shape, (list, tuple)) or not shape:
        raise ShimError("invalid_request", f"{where} must be a non-empty list of positive integers, got {shape!r}")
    if len(shape) > MAX_RANK:
        raise ShimError("invalid_request", f"{where} has {len(shape)} dimensions; at most {MAX_RANK} are supported")
    elements = 1
    for dim in shape:
        # bool is an int subclass; 3.0 is not an int: both are refused.
        if isinstance(dim, bool) or not isinstance(dim, int) or dim <= 0:
            raise ShimError("invalid_request", f"{where} must hold positive integers, got {list(shape)!r}")
        elements *= dim
    if elements > MAX_ELEMENTS:
        raise ShimError("invalid_request",
                        f"{where} {list(shape)} has {elements} elements; the limit is {MAX_ELEMENTS}")
    return [int(dim) for dim in shape]


def parse_shape_text(text):
    """Parse '1,3,224,224' (command line and magics) into a list of ints, or raise invalid_request."""
    if not isinstance(text, str) or not re.fullmatch(r"\s*\d+(\s*,\s*\d+)*\s*,?\s*", text):
        raise ShimError("invalid_request",
                        f"bad shape {text!r}: expected comma-separated positive integers such as 1,3,224,224")
    return _validate_shape([int(part) for part in text.split(",") if part.strip()], 0)


def validate_dtypes(dtypes, count):
    """Return one dtype name per input (default float32), or raise invalid_request."""
    if dtypes is None:
        return [DEFAULT_DTYPE] * count
    if not isinstance(dtypes, (list, tuple)):
        raise ShimError("invalid_request", "dtypes must be a list of dtype names")
    if len(dtypes) == 1 and count > 1:
        dtypes = list(dtypes) * count
    if len(dtypes) != count:
        raise ShimError("invalid_request", f"got {len(dtypes)} dtypes for {count} inputs")
    for dtype in dtypes:
        if dtype not in DTYPES:
            raise ShimError("invalid_request", f"unsupported dtype {dtype!r}; choose one of {', '.join(DTYPES)}")
    return list(dtypes)


def validate_opset(opset):
    if opset is None:
        return DEFAULT_OPSET
    if isinstance(opset, bool) or not isinstance(opset, int) or opset not in OPSETS:
        raise ShimError("invalid_request",
                        f"opset must be an integer from {OPSETS.start} to {OPSETS.stop - 1}, got {opset!r}")
    return opset
