"""The module tree: what graph mode needs to rebuild a model's structure from its ONNX export.

ONNX keeps the computation but loses the module hierarchy and what an eval-mode export drops
(Dropout) or folds away (hyper-parameters). The tree records, for every qualified module name,
its class and its hyper-parameters; format "mindconverter-module-tree/1" (see PROTOCOL.md).
"""

import contextlib
import inspect
import math

FORMAT = "mindconverter-module-tree/1"

# Constructor arguments that describe placement, not the layer.
_SKIPPED_ARGUMENTS = {"self", "device", "dtype", "factory_kwargs"}


def dtype_name(dtype):
    """'float32' for torch.float32."""
    return str(dtype).replace("torch.", "")


def module_tree(model, inputs, opset, torch_version, model_training, *, outputs=None, calls=None):
    """Build the JSON-serialisable module tree of `model`.

    inputs: [{"name", "shape", "dtype"}]; outputs: the same for the outputs, when known;
    calls: what recorded_calls() collected during a forward pass, when known.
    """
    modules = {}
    for qualified_name, module in model.named_modules():
        modules[qualified_name] = {
            "class": type(module).__name__,
            "module": type(module).__module__,
            "children": [name for name, _ in module.named_children()],
            "params": hyper_parameters(module),
        }
    buffers = {name for name, _ in model.named_buffers()}
    parameters = {
        name: {"shape": list(tensor.shape), "dtype": dtype_name(tensor.dtype), "buffer": name in buffers}
        for name, tensor in model.state_dict(keep_vars=True).items()
    }
    tree = {
        "format": FORMAT,
        "torch_version": torch_version,
        "opset": opset,
        "root_class": type(model).__name__,
        "training": False,
        "model_training": model_training,
        "inputs": inputs,
        "modules": modules,
        "parameters": parameters,
    }
    if outputs is not None:
        tree["outputs"] = outputs
    if calls is not None:
        tree["calls"] = calls
    return tree


@contextlib.contextmanager
def recorded_calls(model):
    """Record every module call of the forward passes run inside the block, in execution order.

    Entries are {"module": qualified name, "input_shapes", "output_shapes"} (tensor arguments and
    tensor leaves of the result). Forward hooks fire when a call returns, so children come before
    their parent. Graph mode uses this to place the layers an eval-mode export drops (Dropout).
    """
    names = {}
    for name, module in model.named_modules():
        names.setdefault(id(module), name)
    calls = []

    def hook(module, args, output):
        calls.append({
            "module": names[id(module)],
            "input_shapes": [list(tensor.shape) for tensor in tensor_leaves(args)],
            "output_shapes": [list(tensor.shape) for tensor in tensor_leaves(output)],
        })

    handles = [module.register_forward_hook(hook) for module in model.modules()]
    try:
        yield calls
    finally:
        for handle in handles:
            handle.remove()


def tensor_leaves(value):
    """The tensors in a (nested) tuple/list/dict, in order."""
    if isinstance(value, (list, tuple)):
        return [leaf for item in value for leaf in tensor_leaves(item)]
    if isinstance(value, dict):
        return [leaf for item in value.values() for leaf in tensor_leaves(item)]
    return [value] if _is_tensor(value) else []


def hyper_parameters(module):
    """The JSON-serialisable hyper-parameters of a module.

    Candidates are the arguments of the class's __init__ plus torch's `__constants__`; each is read
    from the attribute of the same name. A tensor-or-None attribute for a bool argument (Linear's and
    Conv's `bias`) is recorded as whether it is present.
    """
    names, bool_arguments = _candidate_names(type(module))
    params = {}
    for name in names:
        if name.startswith("_") or not _has_instance_attribute(module, name):
            continue
        value = getattr(module, name, None)
        if name in bool_arguments and (value is None or _is_tensor(value)):
            params[name] = value is not None
            continue
        serialisable, ok = _json_value(value)
        if ok:
            params[name] = serialisable
    return params


def _candidate_names(cls):
    names = []
    bool_arguments = set()
    try:
        signature = inspect.signature(cls.__init__)
    except (TypeError, ValueError):
        signature = None
    if signature is not None:
        for parameter in signature.parameters.values():
            if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
                continue
            if parameter.name in _SKIPPED_ARGUMENTS:
                continue
            names.append(parameter.name)
            if isinstance(parameter.default, bool):
                bool_arguments.add(parameter.name)
    for name in getattr(cls, "__constants__", ()):
        if name not in names:
            names.append(name)
    return names, bool_arguments


def _has_instance_attribute(module, name):
    """True for plain attributes, parameters, buffers and submodules; False for methods."""
    if name in module.__dict__ or name in module._parameters or name in module._buffers:
        return True
    attribute = getattr(type(module), name, None)
    return isinstance(attribute, property)


def _is_tensor(value):
    import torch

    return isinstance(value, torch.Tensor)


def _json_value(value):
    """(value as JSON, True) for numbers, strings, bools, None and (nested) lists/tuples of them."""
    if value is None or isinstance(value, (bool, str, int)):
        return value, True
    if isinstance(value, float):
        return (value, True) if math.isfinite(value) else (None, False)
    if isinstance(value, (list, tuple)):
        items = []
        for item in value:
            converted, ok = _json_value(item)
            if not ok:
                return None, False
            items.append(converted)
        return items, True
    return None, False
