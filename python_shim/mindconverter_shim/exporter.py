"""Export a torch.nn.Module to ONNX bytes plus its module tree, inside the running interpreter.

Settings: a fixed opset (13 unless asked), the model in eval mode, BatchNorm kept as a layer
(TrainingMode.PRESERVE with do_constant_folding=False; TrainingMode.EVAL would fold it into Conv),
torch's TorchScript-based exporter on every torch version (torch 2.x's `dynamo=` switch is
feature-detected and turned off). When tracing fails, the model is compiled with torch.jit.script
and exported again; when both fail the error names the failing source line. The train/eval flags
of the model and all its submodules are restored afterwards.
"""

import inspect
import io
import itertools
import os
import re
import traceback
import warnings
from dataclasses import dataclass, field

from .errors import ShimError, one_line
from .kernel import current_shell
from .models import get_model
from .module_tree import dtype_name, module_tree, recorded_calls, tensor_leaves
from .torch_import import require_torch
from .validate import validate_dtypes, validate_opset, validate_shapes

MAX_WARNINGS = 20
_SHIM_DIR = os.path.dirname(os.path.abspath(__file__))


@dataclass
class ExportResult:
    onnx_bytes: bytes
    module_tree: dict
    method: str                       # "trace" or "script"
    warnings: list = field(default_factory=list)


def export(model_or_name, shapes, dtypes=None, opset=None, namespace=None):
    """Export a model (an nn.Module, or the dotted name of one in `namespace`) to ONNX.

    shapes: one list of positive ints per forward() input; dtypes: one name per input from
    validate.DTYPES (default float32). Raises ShimError with a code from errors.ERROR_CODES.
    """
    torch = require_torch()
    if isinstance(model_or_name, str):
        if namespace is None:
            namespace = _interactive_namespace()
        model = get_model(model_or_name, namespace)
    elif isinstance(model_or_name, torch.nn.Module):
        model = model_or_name
    else:
        raise ShimError("not_a_module", f"expected a torch.nn.Module or its name, got {type(model_or_name).__name__}")
    shapes = validate_shapes(shapes)
    dtypes = validate_dtypes(dtypes, len(shapes))
    opset = validate_opset(opset)

    flags = [(module, module.training) for module in model.modules()]
    model_training = bool(model.training)
    caught = []
    try:
        model.eval()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            args = _sample_inputs(torch, model, shapes, dtypes)
            with recorded_calls(model) as calls:
                outputs = _run_forward(torch, model, args)
            onnx_bytes, method = _export_with_fallback(torch, model, args, opset, len(outputs))
    finally:
        for module, training in flags:
            module.training = training

    inputs = [
        {"name": name, "shape": shape, "dtype": dtype}
        for name, shape, dtype in zip(_names("input", len(shapes)), shapes, dtypes)
    ]
    output_entries = [
        {"name": name, "shape": list(tensor.shape), "dtype": dtype_name(tensor.dtype)}
        for name, tensor in zip(_names("output", len(outputs)), outputs)
    ]
    tree = module_tree(model, inputs, opset, torch.__version__, model_training,
                       outputs=output_entries, calls=calls)
    tree["exported_with"] = method
    return ExportResult(onnx_bytes, tree, method, _warning_lines(caught))


def _interactive_namespace():
    shell = current_shell()
    if shell is None:
        raise ShimError("invalid_request", "a model name needs a namespace: pass namespace= or run inside IPython")
    return shell.user_ns


def _names(stem, count):
    return [stem] if count == 1 else [f"{stem}_{index}" for index in range(count)]


def _model_device(torch, model):
    first = next(itertools.chain(model.parameters(), model.buffers()), None)
    return first.device if first is not None else torch.device("cpu")


def _sample_inputs(torch, model, shapes, dtypes):
    device = _model_device(torch, model)
    generator = torch.Generator().manual_seed(0)
    tensors = []
    for shape, name in zip(shapes, dtypes):
        dtype = getattr(torch, name)
        if dtype.is_floating_point:
            tensor = torch.randn(shape, generator=generator, dtype=torch.float32).to(dtype)
        else:
            # Zeros are valid for index inputs (embeddings) as well as for masks.
            tensor = torch.zeros(shape, dtype=dtype)
        tensors.append(tensor.to(device))
    return tuple(tensors)


# Modules whose eval-mode forward takes a fused fast path when grad is off (torch >= 1.12): their sub-modules
# (self_attn, linear1, dropout1, ...) would not run, while the ONNX export (traced) runs them.
_FAST_PATH_CLASSES = ("TransformerEncoderLayer", "TransformerDecoderLayer", "MultiheadAttention")


def _run_forward(torch, model, args):
    """Run forward once (eval mode, no grad unless a fast-path module needs it to run its sub-modules, as the
    export will): a clear error for bad shapes, and the output shapes."""
    fast_path = any(type(m).__name__ in _FAST_PATH_CLASSES for m in model.modules())
    try:
        with (torch.enable_grad() if fast_path else torch.no_grad()):
            result = model(*args)
    except Exception as error:
        shapes = " and ".join("x".join(str(d) for d in arg.shape) for arg in args)
        raise ShimError(
            "export_failed", f"the model's forward() failed on input {shapes}: {_describe(error, torch)}"
        ) from None
    return tensor_leaves(result)


def _export_with_fallback(torch, model, args, opset, output_count):
    try:
        return _onnx_export(torch, model, args, opset, output_count), "trace"
    except Exception as trace_error:
        trace_failure = _describe(trace_error, torch)
    try:
        scripted = torch.jit.script(model)
    except Exception as script_error:
        raise ShimError(
            "export_failed",
            f"torch.onnx.export failed: {trace_failure}; the torch.jit.script fallback failed too: "
            f"{_describe(script_error, torch)}",
        ) from None
    try:
        return _onnx_export(torch, scripted, args, opset, output_count), "script"
    except Exception as script_export_error:
        raise ShimError(
            "export_failed",
            f"torch.onnx.export failed: {trace_failure}; exporting the torch.jit.script version failed too: "
            f"{_describe(script_export_error, torch)}",
        ) from None


def _onnx_export(torch, model, args, opset, output_count):
    buffer = io.BytesIO()
    options = {
        "export_params": True,
        "opset_version": opset,
        "do_constant_folding": False,
        "input_names": _names("input", len(args)),
        "output_names": _names("output", output_count) if output_count else None,
    }
    accepted = inspect.signature(torch.onnx.export).parameters
    if "training" in accepted:
        options["training"] = torch.onnx.TrainingMode.PRESERVE
    if "dynamo" in accepted:
        # torch >= 2.5 has a second, torch.export-based exporter (the default from 2.9) that folds
        # BatchNorm and has no PRESERVE mode: keep the TorchScript exporter.
        options["dynamo"] = False
    torch.onnx.export(model, args, buffer, **options)
    return buffer.getvalue()


def _describe(error, torch):
    """`Type: first line of message (at file:line: source)` naming the innermost line outside torch."""
    message = str(error).strip()
    first_line = message.splitlines()[0] if message else ""
    text = f"{type(error).__name__}: {first_line}" if first_line else type(error).__name__
    location = _user_frame(error, torch) or _script_location(message)
    return f"{text} (at {location})" if location else one_line(text)


def _user_frame(error, torch):
    torch_dir = os.path.dirname(os.path.abspath(torch.__file__))
    found = None
    for frame in traceback.extract_tb(error.__traceback__):
        filename = os.path.abspath(frame.filename) if not frame.filename.startswith("<") else frame.filename
        if filename.startswith(torch_dir + os.sep) or filename.startswith(_SHIM_DIR + os.sep):
            continue
        found = frame
    if found is None:
        return None
    source = f": {found.line.strip()}" if found.line else ""
    return f"{found.filename}:{found.lineno} in {found.name}{source}"


def _script_location(message):
    """TorchScript compilation errors carry the location in their text: 'File "x.py", line 7'."""
    match = re.search(r'File "([^"]+)", line (\d+)', message)
    if not match:
        return None
    source = ""
    lines = message.splitlines()
    for index, line in enumerate(lines):
        if match.group(0) in line and index + 1 < len(lines):
            source = lines[index + 1].strip()
            break
    return f"{match.group(1)}:{match.group(2)}" + (f": {source}" if source else "")


def _warning_lines(caught):
    lines = []
    for warning in caught:
        text = one_line(f"{warning.category.__name__}: {warning.message}")
        if text not in lines:
            lines.append(text)
    return lines[:MAX_WARNINGS]
