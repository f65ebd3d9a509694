"""Loading a model from a .pth file for the command line: a whole pickled module, or a state dict
plus the model class given as `module:Class` (constructed without arguments).

A .pth file is a pickle: loading it runs code the file names, exactly like torch.load, so only
convert files you trust. Every failure is a ShimError with its own code (see PROTOCOL.md).
"""

import importlib
import os
import re
import sys
import warnings

from .errors import ShimError
from .torch_import import require_torch

_DOTTED = r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*"
_CLASS_SPEC = re.compile(rf"({_DOTTED}):({_DOTTED})")
# Keys under which training scripts commonly nest the state dict of a checkpoint.
_STATE_DICT_KEYS = ("state_dict", "model_state_dict", "model", "net", "module")


def add_project_path(project_path):
    if project_path is None:
        return
    if not os.path.isdir(project_path):
        raise ShimError("file_not_found", f"--project_path {project_path!r} is not a directory")
    path = os.path.abspath(project_path)
    if path not in sys.path:
        sys.path.insert(0, path)


def import_class(spec):
    """Import `package.module:Class` (Class may be dotted, e.g. Outer.Inner)."""
    match = _CLASS_SPEC.fullmatch(spec or "")
    if not match:
        raise ShimError("invalid_request", f"--model_class {spec!r} must look like package.module:ClassName")
    module_name, class_path = match.groups()
    try:
        value = importlib.import_module(module_name)
    except Exception as error:
        raise ShimError(
            "class_not_found",
            f"cannot import module {module_name!r} ({type(error).__name__}: {error}); pass --project_path DIR "
            "with the directory that contains it",
        ) from None
    for part in class_path.split("."):
        if not hasattr(value, part):
            raise ShimError("class_not_found", f"module {module_name!r} has no {class_path!r}")
        value = getattr(value, part)
    torch = require_torch()
    if not (isinstance(value, type) and issubclass(value, torch.nn.Module)):
        raise ShimError("not_a_module", f"{spec} is not a torch.nn.Module subclass")
    return value


def load_model(model_file, model_class=None, project_path=None):
    """The nn.Module stored in `model_file` (see the module docstring)."""
    add_project_path(project_path)
    if not os.path.isfile(model_file):
        raise ShimError("file_not_found", f"model file {model_file!r} does not exist")
    torch = require_torch()
    cls = import_class(model_class) if model_class is not None else None
    stored = _load(torch, model_file)
    if isinstance(stored, torch.nn.Module):
        return stored
    state_dict = _find_state_dict(torch, stored)
    if state_dict is None:
        nested = _nested_module(torch, stored)
        if nested is not None:
            return nested
        kind = type(stored).__name__
        raise ShimError("not_a_module", f"{model_file} holds a {kind}, not a torch.nn.Module or a state dict")
    if cls is None:
        raise ShimError(
            "not_a_module",
            f"{model_file} holds a state dict ({len(state_dict)} tensors), not a whole model: give the model class "
            "with --model_class package.module:ClassName (and --project_path DIR where that module lives)",
        )
    return _build(cls, model_class, state_dict)


def _load(torch, model_file):
    options = {"map_location": "cpu"}
    if "weights_only" in _parameters(torch.load):
        # torch >= 2.6 refuses whole pickled modules by default; this file is the user's own model.
        options["weights_only"] = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return torch.load(model_file, **options)
    except (ModuleNotFoundError, AttributeError) as error:
        raise ShimError(
            "class_not_found",
            f"{model_file} refers to code that cannot be imported ({type(error).__name__}: {error}); pass "
            "--project_path DIR with the model's source, or save a state dict and give --model_class",
        ) from None
    except Exception as error:
        message = f"cannot load {model_file} with torch.load: {type(error).__name__}: {error}"
        raise ShimError("load_failed", message) from None


def _parameters(function):
    import inspect

    try:
        return inspect.signature(function).parameters
    except (TypeError, ValueError):
        return {}


def _is_state_dict(torch, value):
    return isinstance(value, dict) and value and all(
        isinstance(key, str) and isinstance(tensor, torch.Tensor) for key, tensor in value.items()
    )


def _find_state_dict(torch, stored):
    if _is_state_dict(torch, stored):
        return stored
    if isinstance(stored, dict):
        for key in _STATE_DICT_KEYS:
            if _is_state_dict(torch, stored.get(key)):
                return stored[key]
    return None


def _nested_module(torch, stored):
    if isinstance(stored, dict):
        for key in _STATE_DICT_KEYS:
            if isinstance(stored.get(key), torch.nn.Module):
                return stored[key]
    return None


def _build(cls, spec, state_dict):
    try:
        model = cls()
    except Exception as error:
        raise ShimError(
            "load_failed",
            f"cannot construct {spec}() without arguments ({type(error).__name__}: {error}); "
            "save the whole model instead",
        ) from None
    prefix = "module."  # saved from nn.DataParallel / DistributedDataParallel
    if all(key.startswith(prefix) for key in state_dict):
        state_dict = {key[len(prefix):]: value for key, value in state_dict.items()}
    try:
        model.load_state_dict(state_dict)
    except Exception as error:
        raise ShimError("state_dict_mismatch", f"the state dict does not fit {spec}: {error}") from None
    return model
