"""msref (test instrument, NOT MindSpore): MindSpore's internal names used by its own docstrings.

mint functions are MindSpore's generated ``*_ext`` ops (``mint.bmm`` is
``ops.auto_generate.bmm_ext``), and several docstrings call them by those names; they resolve
here to the same msref functions.
"""

_SPECIAL = {"transpose_ext_view": "transpose", "inplace_hardtanh": "hardtanh_"}
# Generated ops that are mint.nn.functional's function where mint has its own of the same name:
# softmax_ext takes dim=None like mint.nn.functional.softmax; mint.softmax requires dim.
_NN_FUNCTIONAL_FIRST = {"softmax_ext"}


def resolve(name):
    from .. import mint
    from ..mint.nn import functional as mint_functional
    from . import FUNCTIONS
    base = _SPECIAL.get(name, name[:-4] if name.endswith("_ext") else name)
    order = (mint_functional.F, vars(mint)) if name in _NN_FUNCTIONAL_FIRST else (vars(mint), mint_functional.F)
    for namespace in (*order, FUNCTIONS):
        if base in namespace and callable(namespace[base]):
            return namespace[base]
    raise AttributeError(f"msref has no internal MindSpore function '{name}'")
