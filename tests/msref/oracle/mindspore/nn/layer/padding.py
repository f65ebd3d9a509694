"""msref (test instrument, NOT MindSpore): ConstantPad/ReflectionPad/ReplicationPad/ZeroPad cells.

``padding`` uses torch's order (last dim first: left, right, top, bottom, ...).
"""
import torch.nn.functional as TF

from ..._bridge import op
from ..cell import Cell


def _pad_cell(name, nd, mode, has_value=False, fixed_value=None):
    def __init__(self, padding, value=None):
        Cell.__init__(self)
        if isinstance(padding, int):
            padding = (padding,) * (2 * nd)
        self.padding = tuple(padding)
        self.value = fixed_value if fixed_value is not None else value

    def construct(self, x):
        if mode == "constant":
            return op(lambda t: TF.pad(t, list(self.padding), "constant", self.value))(x)
        return op(lambda t: _pad_mode(t, list(self.padding), mode, nd))(x)

    init = __init__ if has_value else (lambda self, padding: __init__(self, padding))
    return type(name, (Cell,), {"__init__": init, "construct": construct,
                                "__doc__": f"msref: mindspore.nn.{name} (not MindSpore)."})


def _pad_mode(t, padding, mode, nd):
    batched = t.dim() > nd + 1
    if t.dim() == nd + 1:
        return TF.pad(t.unsqueeze(0), padding, mode).squeeze(0)
    if t.dim() == nd:
        return TF.pad(t.unsqueeze(0).unsqueeze(0), padding, mode).squeeze(0).squeeze(0)
    _ = batched
    return TF.pad(t, padding, mode)


ConstantPad1d = _pad_cell("ConstantPad1d", 1, "constant", has_value=True)
ConstantPad2d = _pad_cell("ConstantPad2d", 2, "constant", has_value=True)
ConstantPad3d = _pad_cell("ConstantPad3d", 3, "constant", has_value=True)
ZeroPad1d = _pad_cell("ZeroPad1d", 1, "constant", fixed_value=0.0)
ZeroPad2d = _pad_cell("ZeroPad2d", 2, "constant", fixed_value=0.0)
ZeroPad3d = _pad_cell("ZeroPad3d", 3, "constant", fixed_value=0.0)
ReflectionPad1d = _pad_cell("ReflectionPad1d", 1, "reflect")
ReflectionPad2d = _pad_cell("ReflectionPad2d", 2, "reflect")
ReflectionPad3d = _pad_cell("ReflectionPad3d", 3, "reflect")
ReplicationPad1d = _pad_cell("ReplicationPad1d", 1, "replicate")
ReplicationPad2d = _pad_cell("ReplicationPad2d", 2, "replicate")
ReplicationPad3d = _pad_cell("ReplicationPad3d", 3, "replicate")
