"""msref (test instrument, NOT MindSpore): define reference functions with MindSpore's signatures.

``define(namespace, "name", "input, other, *, alpha=1", impl)`` creates a function whose
signature is MindSpore's (so wrong keyword names fail as they would under MindSpore) and whose
body is ``impl`` called with the bound arguments in order, in torch terms (see ``_bridge.op``).
"""
import inspect

from .._bridge import op
from ..common import dtype as mstype

_DEFAULTS_SCOPE = {"mstype": mstype, "float32": mstype.float32, "int64": mstype.int64}


def signature_of(params):
    """An inspect.Signature from a parameter list written as Python source."""
    return inspect.signature(eval(f"lambda {params}: None", dict(_DEFAULTS_SCOPE)))  # noqa: S307 - our own literals


def define(namespace, name, params, impl, wrap_torch=True):
    """Bind ``name`` in ``namespace`` to a function with signature ``params`` running ``impl``."""
    signature = signature_of(params)
    body = op(impl) if wrap_torch else impl

    def function(*args, **kwargs):
        try:
            bound = signature.bind(*args, **kwargs)
        except TypeError as error:
            raise TypeError(f"For '{name}', {error}") from None
        bound.apply_defaults()
        values = []
        for parameter in signature.parameters.values():
            value = bound.arguments[parameter.name]
            if parameter.kind == parameter.VAR_POSITIONAL:
                values.extend(value)
            elif parameter.kind == parameter.VAR_KEYWORD:
                continue
            else:
                values.append(value)
        return body(*values)

    function.__name__ = name
    function.__qualname__ = name
    function.__signature__ = signature
    function.__doc__ = f"msref reference of {name}{signature} (not MindSpore)."
    namespace[name] = function
    return function


def alias(namespace, name, target):
    namespace[name] = namespace[target]
