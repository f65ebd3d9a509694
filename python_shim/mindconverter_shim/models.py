"""Finding the torch.nn.Module objects of a namespace (the model picker) and resolving one by name."""

import sys

from .errors import ShimError
from .validate import resolve_name


def _module_class():
    # Without torch imported by the user's code there can be no module objects in the namespace;
    # don't import torch just to find that out.
    torch = sys.modules.get("torch")
    return None if torch is None else torch.nn.Module


def list_models(namespace):
    """The nn.Module instances bound to public names of a namespace, sorted by name.

    Each entry: {"name", "class", "module", "parameters" (count of unique parameter elements), "training"}.
    """
    module_class = _module_class()
    if module_class is None:
        return []
    models = []
    for name, value in list(namespace.items()):
        if name.startswith("_") or not isinstance(value, module_class):
            continue
        models.append({
            "name": name,
            "class": type(value).__name__,
            "module": type(value).__module__,
            "parameters": _parameter_count(value),
            "training": bool(value.training),
        })
    return sorted(models, key=lambda entry: entry["name"])


def _parameter_count(model):
    """Elements of the unique parameters; lazy ones (LazyLinear before its first call) count 0."""
    from torch.nn.parameter import is_lazy

    return sum(0 if is_lazy(parameter) else parameter.numel() for parameter in model.parameters())


def get_model(name, namespace):
    """The nn.Module bound to a dotted name; raises ShimError(invalid_request|unknown_variable|not_a_module)."""
    value = resolve_name(name, namespace)
    module_class = _module_class()
    if module_class is None or not isinstance(value, module_class):
        raise ShimError("not_a_module", f"{name!r} is a {type(value).__name__}, not a torch.nn.Module")
    return value
