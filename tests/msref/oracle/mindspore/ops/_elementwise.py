"""msref (test instrument, NOT MindSpore): element-wise functions of mindspore.ops / mint.

Implemented in torch terms with MindSpore's names, signatures and defaults.
"""
import math

import torch

from .._bridge import as_torch, tdtype
from ._define import define

F = {}  # name -> function, exported by ops/__init__.py (classic) and mint (where the names agree)


def t(x, like=None):
    """A torch tensor from x (tensors pass through; numbers follow MindSpore's rules)."""
    if isinstance(x, torch.Tensor):
        return x
    if like is not None and isinstance(x, (int, float, bool)):
        return torch.tensor(x, dtype=like.dtype if not isinstance(x, float) or like.is_floating_point() else torch.float32)
    return as_torch(x)


def pair(a, b):
    """Two operands as torch tensors (at least one must be a tensor, as in MindSpore)."""
    if not isinstance(a, torch.Tensor):
        a = t(a, like=b if isinstance(b, torch.Tensor) else None)
    return a, b


def _float_if_int(x):
    return x if x.is_floating_point() or x.is_complex() else x.to(torch.float32)


_UNARY = {
    "abs": torch.abs, "absolute": torch.abs, "acos": torch.acos, "arccos": torch.acos,
    "acosh": torch.acosh, "arccosh": torch.acosh, "asin": torch.asin, "arcsin": torch.asin,
    "asinh": torch.asinh, "arcsinh": torch.asinh, "atan": torch.atan, "arctan": torch.atan,
    "atanh": torch.atanh, "arctanh": torch.atanh, "cos": torch.cos, "cosh": torch.cosh,
    "erf": torch.erf, "erfc": torch.erfc, "erfinv": torch.erfinv, "exp": torch.exp, "exp2": torch.exp2,
    "expm1": torch.expm1, "log": torch.log, "log10": torch.log10, "log1p": torch.log1p,
    "log2": torch.log2, "neg": torch.neg, "negative": torch.neg, "reciprocal": torch.reciprocal,
    "inv": torch.reciprocal, "rsqrt": torch.rsqrt, "sigmoid": torch.sigmoid, "sign": torch.sign,
    "sgn": torch.sgn, "sin": torch.sin, "sinc": torch.sinc, "sinh": torch.sinh, "sqrt": torch.sqrt,
    "square": torch.square, "tan": torch.tan, "tanh": torch.tanh, "trunc": torch.trunc,
    "fix": torch.trunc, "frac": torch.frac, "digamma": torch.digamma, "lgamma": torch.lgamma,
    "i0": torch.i0, "deg2rad": torch.deg2rad, "rad2deg": torch.rad2deg, "angle": torch.angle,
    "conj": torch.conj_physical, "real": torch.real, "imag": torch.imag, "isfinite": torch.isfinite,
    "isinf": torch.isinf, "isnan": torch.isnan, "isneginf": torch.isneginf, "isposinf": torch.isposinf,
    "isreal": torch.isreal, "signbit": torch.signbit, "logical_not": torch.logical_not,
    "bitwise_not": torch.bitwise_not, "invert": torch.bitwise_not, "positive": torch.positive,
    "ceil": torch.ceil, "floor": torch.floor,
    "bessel_i0": torch.special.i0, "bessel_i0e": torch.special.i0e, "bessel_i1": torch.special.i1,
    "bessel_i1e": torch.special.i1e, "bessel_j0": torch.special.bessel_j0,
    "bessel_j1": torch.special.bessel_j1, "bessel_y0": torch.special.bessel_y0,
    "bessel_y1": torch.special.bessel_y1, "bessel_k0": torch.special.modified_bessel_k0,
    "bessel_k0e": torch.special.scaled_modified_bessel_k0, "bessel_k1": torch.special.modified_bessel_k1,
    "bessel_k1e": torch.special.scaled_modified_bessel_k1,
}
_X_NAMED = {"deg2rad", "rad2deg", "inv", "invert", "frac", "bessel_i0", "bessel_i0e", "bessel_i1", "bessel_i1e",
            "bessel_j0", "bessel_j1", "bessel_y0", "bessel_y1", "bessel_k0", "bessel_k0e", "bessel_k1",
            "bessel_k1e", "sqrt"}
_FLOAT_RESULT = {"acos", "arccos", "acosh", "arccosh", "asin", "arcsin", "asinh", "arcsinh", "atan", "arctan",
                 "atanh", "arctanh", "cos", "cosh", "erf", "erfc", "erfinv", "exp", "exp2", "expm1", "log",
                 "log10", "log1p", "log2", "reciprocal", "inv", "rsqrt", "sigmoid", "sin", "sinc", "sinh", "sqrt",
                 "tan", "tanh", "digamma", "lgamma", "i0", "bessel_i0", "bessel_i0e", "bessel_i1", "bessel_i1e",
                 "bessel_j0", "bessel_j1", "bessel_y0", "bessel_y1", "bessel_k0", "bessel_k0e", "bessel_k1",
                 "bessel_k1e"}


def _unary_impl(name, fn):
    def impl(x):
        x = t(x)
        if name in _FLOAT_RESULT:
            x = _float_if_int(x)
        if name in ("ceil", "floor", "trunc", "fix") and not x.is_floating_point():
            return x.clone()
        return fn(x)
    return impl


for _name, _fn in _UNARY.items():
    define(F, _name, "x" if _name in _X_NAMED else "input", _unary_impl(_name, _fn))


def _round(input, decimals):
    if not input.is_floating_point():
        return input.clone()
    return torch.round(input, decimals=decimals)


define(F, "round", "input, *, decimals=0", _round)


def _binary_impl(fn):
    def impl(a, b):
        a, b = pair(a, b)
        return fn(a, b)
    return impl


def _true_div(a, b):
    return torch.true_divide(a, b)


def _floor_mod(a, b):
    return torch.remainder(a, b)


def _logaddexp(a, b):
    a, b = _float_if_int(t(a)), _float_if_int(t(b, like=t(a)))
    return torch.logaddexp(a, b)


def _logaddexp2(a, b):
    a, b = _float_if_int(t(a)), _float_if_int(t(b, like=t(a)))
    return torch.logaddexp2(a, b)


def _xdivy(x, y):
    x, y = t(x), t(y)
    return torch.where(x == 0, torch.zeros_like(x / torch.ones_like(y)), x / y)


def _truncate_div(x, y):
    x, y = t(x), t(y)
    if x.is_floating_point() or (isinstance(y, torch.Tensor) and y.is_floating_point()):
        return torch.trunc(x / y)
    return torch.div(x, y, rounding_mode="trunc")


def _heaviside(input, values):
    return torch.heaviside(input, t(values, like=input))


def _squared_difference(x, y):
    return torch.square(t(x) - t(y))


def _float_power(input, exponent):
    base = t(input)
    if base.is_complex() or (isinstance(exponent, torch.Tensor) and exponent.is_complex()):
        return torch.pow(base.to(torch.complex128), exponent)
    return torch.float_power(base, exponent)


def _pow(input, exponent):
    if not isinstance(input, torch.Tensor):
        return torch.pow(input, t(exponent))
    return torch.pow(input, exponent)


def _ldexp(x, other):
    return torch.ldexp(t(x), t(other))


def _hypot(a, b):
    return torch.hypot(_float_if_int(t(a)), _float_if_int(t(b)))


def _xlogy(a, b):
    a = t(a)
    return torch.xlogy(_float_if_int(a), b if not isinstance(b, torch.Tensor) else _float_if_int(b))


def _atan2(a, b):
    a, b = t(a), t(b)
    return torch.atan2(_float_if_int(a), _float_if_int(b))


_BINARY = [
    ("add", "input, other", torch.add), ("sub", "input, other", torch.sub), ("mul", "input, other", torch.mul),
    ("multiply", "input, other", torch.mul), ("true_divide", "dividend, divisor", _true_div),
    ("floor_divide", "input, other", torch.floor_divide), ("floor_div", "x, y", torch.floor_divide),
    ("floor_mod", "x, y", _floor_mod), ("remainder", "input, other", torch.remainder), ("fmod", "input, other", torch.fmod),
    ("pow", "input, exponent", _pow), ("maximum", "input, other", torch.maximum),
    ("minimum", "input, other", torch.minimum), ("atan2", "input, other", _atan2),
    ("arctan2", "input, other", _atan2), ("hypot", "input, other", _hypot), ("logaddexp", "input, other", _logaddexp),
    ("logaddexp2", "input, other", _logaddexp2), ("xlogy", "input, other", _xlogy), ("xdivy", "x, y", _xdivy),
    ("copysign", "x, other", lambda a, b: torch.copysign(_float_if_int(t(a)), b)), ("ldexp", "x, other", _ldexp),
    ("heaviside", "input, values", _heaviside), ("gcd", "input, other", torch.gcd), ("lcm", "input, other", torch.lcm),
    ("fmax", "input, other", torch.fmax), ("fmin", "input, other", torch.fmin),
    ("nextafter", "input, other", torch.nextafter), ("float_power", "input, exponent", _float_power),
    ("bitwise_and", "input, other", torch.bitwise_and), ("bitwise_or", "input, other", torch.bitwise_or),
    ("bitwise_xor", "input, other", torch.bitwise_xor),
    ("bitwise_left_shift", "input, other", torch.bitwise_left_shift),
    ("bitwise_right_shift", "input, other", torch.bitwise_right_shift),
    ("logical_and", "input, other", torch.logical_and), ("logical_or", "input, other", torch.logical_or),
    ("logical_xor", "input, other", torch.logical_xor), ("truncate_div", "x, y", _truncate_div),
    ("truncate_mod", "x, y", lambda a, b: torch.fmod(t(a), b)), ("squared_difference", "x, y", _squared_difference),
    ("eq", "input, other", torch.eq), ("equal", "input, other", torch.eq), ("ne", "input, other", torch.ne),
    ("not_equal", "input, other", torch.ne), ("gt", "input, other", torch.gt), ("greater", "input, other", torch.gt),
    ("ge", "input, other", torch.ge), ("greater_equal", "input, other", torch.ge), ("lt", "input, other", torch.lt),
    ("less", "input, other", torch.lt), ("le", "input, other", torch.le), ("less_equal", "input, other", torch.le),
    ("tensor_gt", "input, other", torch.gt), ("tensor_ge", "input, other", torch.ge),
    ("tensor_lt", "input, other", torch.lt), ("tensor_le", "input, other", torch.le),
    ("polar", "abs, angle", torch.polar), ("igamma", "input, other", torch.igamma),
    ("igammac", "input, other", torch.igammac), ("zeta", "input, other", torch.special.zeta),
]
for _name, _params, _fn in _BINARY:
    define(F, _name, _params, _binary_impl(_fn))


def _div(input, other, rounding_mode):
    input, other = pair(input, other)
    if rounding_mode is None:
        return torch.true_divide(input, other)
    return torch.div(input, other, rounding_mode=rounding_mode)


define(F, "div", "input, other, *, rounding_mode=None", _div)
define(F, "divide", "input, other, *, rounding_mode=None", _div)
define(F, "subtract", "input, other, *, alpha=1", lambda a, b, alpha: torch.sub(t(a), b, alpha=alpha))
define(F, "addcdiv", "input, tensor1, tensor2, value=1", lambda i, a, b, v: i + v * (a / b))
define(F, "addcmul", "input, tensor1, tensor2, value=1", lambda i, a, b, v: i + v * (a * b))
define(F, "lerp", "input, end, weight", lambda s, e, w: torch.lerp(s, e, w if isinstance(w, torch.Tensor) else float(w)))
define(F, "isclose", "input, other, rtol=1e-05, atol=1e-08, equal_nan=False",
       lambda a, b, r, at, n: torch.isclose(a, t(b, like=a), rtol=r, atol=at, equal_nan=n))
define(F, "approximate_equal", "x, y, tolerance=1e-05", lambda x, y, tol: torch.abs(x - y) < tol)
define(F, "logit", "input, eps=None", lambda x, eps: torch.logit(x, eps=eps))
define(F, "polygamma", "n, input", lambda n, x: torch.polygamma(int(n), _float_if_int(x)))
define(F, "mvlgamma", "input, p", lambda x, p: torch.mvlgamma(x, p))
define(F, "clamp", "input, min=None, max=None", lambda x, lo, hi: torch.clamp(x, lo, hi))
define(F, "clip", "input, min=None, max=None", lambda x, lo, hi: torch.clamp(x, lo, hi))


def _clip_by_value(x, lo, hi):
    if isinstance(x, (list, tuple)):
        return type(x)(torch.clamp(v, lo, hi) for v in x)
    return torch.clamp(x, lo, hi)


define(F, "clip_by_value", "x, clip_value_min=None, clip_value_max=None", _clip_by_value)


def _nan_to_num(x, nan, posinf, neginf):
    return torch.nan_to_num(x, nan=0.0 if nan is None else nan, posinf=posinf, neginf=neginf)


define(F, "nan_to_num", "input, nan=None, posinf=None, neginf=None", _nan_to_num)
define(F, "population_count", "input_x",
       lambda x: sum(((x.to(torch.int64) >> i) & 1) for i in range(x.element_size() * 8)).to(torch.uint8))
define(F, "is_floating_point", "input", lambda x: bool(x.is_floating_point()))
define(F, "is_complex", "input", lambda x: bool(x.is_complex()))
define(F, "is_nonzero", "input", lambda x: bool(x.reshape(-1)[0] != 0) if x.numel() == 1 else _raise_nonzero())
define(F, "eps", "x", lambda x: torch.full_like(x, torch.finfo(x.dtype).eps))


def _raise_nonzero():
    raise ValueError("For 'is_nonzero', the input must have exactly one element.")


MATH_CONSTANTS = {"pi": math.pi}
_ = tdtype
