"""msref (test instrument, NOT MindSpore): ``mindspore.nn.Cell`` with MindSpore's naming rules.

- Assigning a Parameter adopts it under the attribute name (its ``name`` becomes the attribute
  name if it was the default "Parameter").
- Assigning a Cell calls ``value.update_parameters_name(attr + '.')`` when auto_prefix is on, so a
  parameter's ``name`` is its path from the outermost cell it was assigned into
  (``layer1.0.bn1.moving_mean``); a top-level cell's own parameters keep their raw names.
- ``parameters_and_names`` walks the cell tree, de-duplicating shared parameters by identity.
- Cells start in inference mode (``training`` False) until ``set_train()``.
"""
from collections import OrderedDict

from ..common.parameter import PARAMETER_NAME_DEFAULT, Parameter, ParameterTuple
from ..common.tensor import Tensor

MSREF_NOTICE = "msref is a test-only reference of MindSpore semantics; it is not MindSpore."


def _addindent(text, spaces):
    lines = text.split("\n")
    if len(lines) == 1:
        return text
    return lines[0] + "\n" + "\n".join(" " * spaces + line for line in lines[1:])


def bind_hyper_parameters(name, params, args, kwargs):
    """The values of a generated cell's ``params`` ((name, default) pairs) from its constructor's arguments,
    refusing unknown keywords as MindSpore's constructors do."""
    values = dict(params)
    for key, value in zip([p for p, _ in params], args):
        values[key] = value
    for key, value in kwargs.items():
        if key not in values:
            raise TypeError(f"For '{name}', got an unexpected keyword argument '{key}'.")
        values[key] = value
    return values


class Cell:
    """msref stand-in for ``mindspore.nn.Cell`` (not MindSpore)."""

    def __init__(self, auto_prefix=True, flags=None):
        object.__setattr__(self, "_params", OrderedDict())
        object.__setattr__(self, "_cells", OrderedDict())
        object.__setattr__(self, "_buffers", OrderedDict())
        object.__setattr__(self, "_params_list", OrderedDict())
        object.__setattr__(self, "_auto_prefix", auto_prefix)
        object.__setattr__(self, "training", False)
        object.__setattr__(self, "requires_grad", False)
        object.__setattr__(self, "_id", 1)
        object.__setattr__(self, "_forward_hooks", OrderedDict())
        object.__setattr__(self, "_forward_pre_hooks", OrderedDict())
        if flags:
            self.add_flags(**flags)

    # ---- attributes ---------------------------------------------------------------------------
    def __getattr__(self, name):
        for store in ("_params", "_buffers", "_cells", "_params_list"):
            values = self.__dict__.get(store)
            if values is not None and name in values:
                return values[name]
        raise AttributeError(f"The '{type(self).__name__}' object has no attribute '{name}'.")

    def __setattr__(self, name, value):
        if "_params" not in self.__dict__:
            if isinstance(value, (Parameter, Cell)):
                raise AttributeError("For 'Cell', please call Cell.__init__() firstly.")
            object.__setattr__(self, name, value)
            return
        if isinstance(value, Parameter):
            self.__dict__.pop(name, None)
            self.insert_param_to_cell(name, value)
        elif isinstance(value, ParameterTuple):
            for item in value:
                if item.name == PARAMETER_NAME_DEFAULT:
                    item.name = f"{item.name}${self._id}"
                    object.__setattr__(self, "_id", self._id + 1)
                self.insert_param_to_cell(item.name, item, check_name_contain_dot=False)
            self.__dict__.pop(name, None)
            self._params.pop(name, None)
            self._params_list[name] = value
        elif isinstance(value, Cell):
            self.__dict__.pop(name, None)
            if self._auto_prefix:
                value.update_parameters_name(name + ".")
            self.insert_child_to_cell(name, value)
        elif name in self._params:
            if value is None:
                self._params[name] = None
            elif isinstance(value, Tensor):
                self._params[name].set_data(value)
            else:
                raise TypeError(f"Parameter '{name}' already exists in network, can not assign this type: "
                                f"'{type(value)}' as a parameter.")
        elif name in self._cells:
            if value is not None:
                raise TypeError(f"Sub cell '{name}' already exists in network, can not assign this type: "
                                f"'{type(value)}' as a cell.")
            self._cells[name] = None
        elif name in self._buffers:
            self._buffers[name] = value
        else:
            object.__setattr__(self, name, value)

    def __delattr__(self, name):
        for store in ("_params", "_buffers", "_cells", "_params_list"):
            if name in self.__dict__[store]:
                del self.__dict__[store][name]
                return
        object.__delattr__(self, name)

    def __bool__(self):
        return True

    @property
    def cls_name(self):
        return self.__class__.__name__

    @property
    def param_prefix(self):
        return ""

    def insert_param_to_cell(self, param_name, param, check_name_contain_dot=True):
        if not param_name:
            raise KeyError("For 'insert_param_to_cell', the argument 'param_name' should not be None.")
        if check_name_contain_dot and "." in param_name:
            raise KeyError("For 'insert_param_to_cell', the argument 'param_name' should not contain'.' ")
        if param is not None and not isinstance(param, Parameter):
            raise TypeError("For 'insert_param_to_cell', the argument 'param' must be 'Parameter' if not None.")
        if isinstance(param, Parameter) and param.name == PARAMETER_NAME_DEFAULT:
            param.name = param_name
        self._params[param_name] = param

    def insert_child_to_cell(self, child_name, child_cell):
        if not isinstance(child_name, str) or not child_name or "." in child_name:
            raise KeyError("For 'insert_child_to_cell', the parameter 'child_name' can not be None and "
                           "can not contain '.' ")
        if child_cell is not None and not isinstance(child_cell, Cell):
            raise TypeError("For 'insert_child_to_cell', the argument 'child_cell' must be 'Cell' if not None.")
        self._cells[child_name] = child_cell

    def register_buffer(self, name, tensor, persistent=True):
        self._buffers[name] = tensor

    # ---- tree walks -----------------------------------------------------------------------------
    def cells_and_names(self, cells=None, name_prefix=""):
        seen = cells if cells is not None else set()
        if id(self) in seen:
            return
        seen.add(id(self))
        yield name_prefix, self
        for name, cell in self._cells.items():
            if cell is not None:
                yield from cell.cells_and_names(seen, f"{name_prefix}.{name}" if name_prefix else name)

    def cells(self):
        return self.name_cells().values()

    def name_cells(self):
        return OrderedDict((name, cell) for name, cell in self._cells.items() if cell is not None)

    def parameters_and_names(self, name_prefix="", expand=True):
        cells = self.cells_and_names(name_prefix=name_prefix) if expand else [(name_prefix, self)]
        seen = set()
        for cell_name, cell in cells:
            for par_name, par in cell._params.items():
                if par is not None and id(par) not in seen:
                    seen.add(id(par))
                    yield (f"{cell_name}.{par_name}" if cell_name else par_name), par

    def get_parameters(self, expand=True):
        for _, param in self.parameters_and_names(expand=expand):
            yield param

    def trainable_params(self, recurse=True):
        return [p for p in self.get_parameters(expand=recurse) if p.requires_grad]

    def untrainable_params(self, recurse=True):
        return [p for p in self.get_parameters(expand=recurse) if not p.requires_grad]

    def parameters_dict(self, recurse=True):
        return OrderedDict((p.name, p) for p in self.get_parameters(expand=recurse))

    def update_parameters_name(self, prefix="", recurse=True):
        for name, param in self.parameters_and_names(expand=recurse):
            param.name = prefix + name

    def check_names(self):
        names = set()
        for _, param in self.parameters_and_names():
            if param.name in names:
                raise ValueError(f"The parameter name '{param.name}' already exists. "
                                 "Please set a unique name for the parameter.")
            names.add(param.name)

    # ---- running --------------------------------------------------------------------------------
    def construct(self, *args, **kwargs):
        raise NotImplementedError(f"For '{self.cls_name}', the method 'construct' is not defined.")

    def __call__(self, *args, **kwargs):
        for hook in list(self._forward_pre_hooks.values()):
            result = hook(self, args)
            if result is not None:
                args = result if isinstance(result, tuple) else (result,)
        output = self.construct(*args, **kwargs)
        for hook in list(self._forward_hooks.values()):
            result = hook(self, args, output)
            if result is not None:
                output = result
        return output

    def register_forward_hook(self, hook_fn, with_kwargs=False):
        key = len(self._forward_hooks)
        self._forward_hooks[key] = hook_fn
        return _HookHandle(self._forward_hooks, key)

    def register_forward_pre_hook(self, hook_fn, with_kwargs=False):
        key = len(self._forward_pre_hooks)
        self._forward_pre_hooks[key] = hook_fn
        return _HookHandle(self._forward_pre_hooks, key)

    def set_train(self, mode=True):
        for _, cell in self.cells_and_names():
            object.__setattr__(cell, "training", mode)
        return self

    def set_grad(self, requires_grad=True):
        object.__setattr__(self, "requires_grad", requires_grad)
        return self

    def add_flags(self, **flags):
        return self

    def add_flags_recursive(self, **flags):
        return self

    def to_float(self, dst_type):
        return self

    def recompute(self, **kwargs):
        return self

    def set_boost(self, boost_type):
        return self

    def apply(self, fn):
        for cell in self.cells():
            cell.apply(fn)
        fn(self)
        return self

    def set_inputs(self, *inputs, **kwargs):
        return None

    # ---- printing -------------------------------------------------------------------------------
    def extend_repr(self):
        return ""

    def _get_name(self):
        return self.__class__.__name__

    def __repr__(self):
        extend = self.extend_repr()
        extra = extend.split("\n") if extend else []
        children = [f"({key}): {_addindent(repr(cell), 2)}" for key, cell in self._cells.items()]
        lines = extra + children
        text = self._get_name() + "("
        if lines:
            if len(extra) == 1 and not children:
                text += extra[0]
            else:
                text += "\n  " + "\n  ".join(lines) + "\n"
        return text + ")"

    __str__ = __repr__


class _HookHandle:
    def __init__(self, store, key):
        self._store, self._key = store, key

    def remove(self):
        self._store.pop(self._key, None)
