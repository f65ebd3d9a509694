"""Compare a printed output with MindSpore's documented one, tolerant of print rounding.

Both texts become token lists: numbers (ints, floats, scientific, nan/inf) and words (identifiers
such as dtype names, True/False, parameter names); punctuation and spacing are ignored. Words must
be equal; integers must be equal; a float matches when it is within half a unit of the coarser last
printed digit of the two, plus RTOL of the documented value and ATOL (MindSpore's docs are often computed
on Ascend in float16).
"""
import math
import re

RTOL = 1e-3
ATOL = 1e-6
_NUMBER = r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?"
_TOKEN = re.compile(rf"(?P<num>{_NUMBER})|(?P<special>[-+]?(?:nan|inf)\b)|(?P<word>[A-Za-z_][A-Za-z0-9_.]*)",
                    re.IGNORECASE)


def tokens(text):
    out = []
    for match in _TOKEN.finditer(text):
        if match.group("num") is not None:
            out.append(("num", match.group("num")))
        elif match.group("special") is not None:
            out.append(("num", match.group("special").lower()))
        else:
            word = match.group("word").rstrip(".")
            if word.lower() in ("nan", "inf"):
                out.append(("num", word.lower()))
            elif word:
                out.append(("word", word))
    return out


def _last_digit_unit(text):
    """The value of one unit in the last printed digit ("0.25" -> 0.01, "1.5e-03" -> 1e-4)."""
    mantissa, _, exponent = text.lower().partition("e")
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    return 10.0 ** (-decimals + (int(exponent) if exponent else 0))


def _is_int(text):
    return re.fullmatch(r"[-+]?\d+", text) is not None


def numbers_match(actual, expected):
    if expected in ("nan", "+nan", "-nan") or actual in ("nan", "+nan", "-nan"):
        return expected.lstrip("+-") == actual.lstrip("+-")
    a, e = float(actual), float(expected)
    if math.isinf(e) or math.isinf(a):
        return a == e
    if _is_int(actual) and _is_int(expected):
        return a == e
    tolerance = 0.5 * max(_last_digit_unit(actual), _last_digit_unit(expected)) + RTOL * abs(e) + ATOL
    return abs(a - e) <= tolerance


def compare(actual_text, expected_text):
    """None when the outputs agree, else a one-line reason."""
    actual, expected = tokens(actual_text), tokens(expected_text)
    if len(actual) != len(expected):
        return f"token count {len(actual)} != documented {len(expected)}"
    for i, ((kind_a, a), (kind_e, e)) in enumerate(zip(actual, expected)):
        if kind_e == "num" and kind_a == "num":
            if not numbers_match(a, e):
                return f"token {i}: {a} != documented {e}"
        elif kind_e != kind_a or a != e:
            return f"token {i}: {a!r} != documented {e!r}"
    return None
