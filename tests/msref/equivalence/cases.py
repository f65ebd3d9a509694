"""Equivalence cases for the mapping entries: small torch programs whose result the converted
program must reproduce.

Automatic cases call each entry with its required parameters filled from ARGUMENT_VALUES (by
torch parameter name) on the input variants of inputs.py; manual_cases.py adds hand-written
cases (index arguments, keyword variants, layers that need matching shapes). The harness keeps,
per entry, the first variant on which torch accepts the call.
"""
import json
import os
import re

from .manual_cases import MANUAL

HEADER = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n"
RUN_MARKER = "# msref-run"

ARGUMENT_VALUES = {
    **{name: "x" for name in ("input", "x", "self", "a", "A", "tensor", "input1", "anchor", "mat", "batch1")},
    **{name: "y" for name in ("other", "input2", "tensor2", "tensor1", "y", "x2", "end", "exponent", "target",
                              "positive", "negative", "mat2", "batch2", "mat1", "input3", "values", "src")},
    **{name: "v" for name in ("vec", "vec1", "vec2")},
    "dim": "1", "axis": "1", "dim1": "1", "dim0": "0", "axis0": "0", "axis1": "1", "k": "2", "chunks": "2",
    "sections": "2", "repeats": "2", "shifts": "1", "p": "2", "maxnorm": "1.0", "fill_value": "0.5", "value": "0.5",
    "num_features": "3", "in_channels": "3", "out_channels": "4", "in_features": "4", "out_features": "5",
    "kernel_size": "2", "output_size": "(2, 2)", "input_size": "4", "hidden_size": "5", "num_layers": "2",
    "normalized_shape": "4", "num_groups": "1", "num_channels": "3", "num_embeddings": "10", "embedding_dim": "4",
    "upscale_factor": "2", "downscale_factor": "2", "threshold": "0.5", "steps": "5", "start": "0", "length": "1",
    "lambd": "0.5", "alpha": "1.0", "margin": "0.5", "d_model": "8", "nhead": "2", "size": "(2, 3)",
}
# Outputs drawn from a random generator, or from training-mode randomness: compared by shape/dtype only.
RANDOM_APIS = {"torch.rand", "torch.randn", "torch.randint", "torch.randperm", "torch.rand_like",
               "torch.randn_like", "torch.randint_like", "torch.bernoulli", "torch.multinomial", "torch.normal",
               "torch.poisson", "torch.Tensor.uniform_", "torch.Tensor.normal_", "torch.Tensor.random_",
               "torch.Tensor.bernoulli_", "torch.Tensor.exponential_", "torch.nn.functional.dropout",
               "torch.nn.functional.dropout2d", "torch.nn.functional.dropout1d", "torch.nn.functional.dropout3d",
               "torch.nn.functional.rrelu", "torch.nn.functional.gumbel_softmax", "torch.empty", "torch.empty_like",
               "torch.Tensor.new_empty", "torch.Tensor.bernoulli", "torch.Tensor.cauchy_", "torch.Tensor.log_normal_",
               "torch.Tensor.geometric_", "torch.seed", "torch.initial_seed", "torch.get_rng_state"}
# Entries the per-call harness cannot exercise (module/optimizer methods, attributes, data loading).
NOT_CALLS = ("torch.nn.Module.", "torch.optim.", "torch.utils.", "torch.cuda.", "torch.nn.init.")


def load_mapping_entries(mappings_dir):
    """The torch entries. (torchvision's map to mindspore.dataset transforms of images, which msref does not model.)"""
    entries = {}
    for name in sorted(os.listdir(mappings_dir)):
        if (name == "torch.json" or name.startswith("torch.")) and name.endswith(".json"):
            with open(os.path.join(mappings_dir, name), encoding="utf-8") as handle:
                entries.update(json.load(handle)["entries"])
    return entries


def _required(args):
    out = []
    for arg in args:
        if arg == "*":
            break
        if arg.startswith("*"):
            return out, arg
        if "=" not in arg:
            out.append(arg)
    return out, None


def _call_text(api, entry):
    """The call expression for an entry, or None when a required argument has no known value."""
    args = entry.get("args")
    if args is None:
        return None
    required, varargs = _required(args)
    if entry["kind"] == "function":
        if varargs is not None and not required:
            values = ["2", "3"] if varargs in ("*size", "*sizes") else ["x", "y"]
        else:
            values = [ARGUMENT_VALUES.get(name) for name in required]
    else:
        values = [ARGUMENT_VALUES.get(name) for name in required]
    if any(v is None for v in values):
        return None
    if entry["kind"] == "method":
        return f"x.{api.rsplit('.', 1)[1]}({', '.join(values)})"
    return f"{_spelling(api)}({', '.join(values)})"


def _spelling(api):
    if api.startswith("torch.nn.functional."):
        return "F." + api[len("torch.nn.functional."):]
    if api.startswith("torch.nn.") and api.count(".") == 2:
        return "nn." + api[len("torch.nn."):]
    return api


def auto_cases(entries):
    """{api: [case]} for the entries whose call can be written without knowing more."""
    cases = {}
    for api, entry in entries.items():
        if entry["status"] == "unsupported" or entry["kind"] == "attribute" or api.startswith(NOT_CALLS):
            continue
        call = _call_text(api, entry)
        if call is None:
            continue
        if entry["kind"] == "class":
            forward = "m(x, y)" if api.endswith("Loss") else "m(x)"
            cases[api] = [{"init": f"m = {call}", "run": f"result = {forward}", "auto": True}]
        else:
            cases[api] = [{"init": "", "run": f"result = {call}", "auto": True}]
    return cases


def all_cases(entries):
    cases = auto_cases(entries)
    for api, manual in MANUAL.items():
        if api in entries:
            cases[api] = [dict(case, auto=False) for case in manual]  # written for the API: replace the guess
    return cases


def source(case):
    return HEADER + case["init"] + "\n" + RUN_MARKER + "\n" + case["run"] + "\n"


def split_converted(code):
    """The converted program's setup part (imports + init) and its run part."""
    head, marker, tail = code.partition(RUN_MARKER)
    if not marker:
        raise ValueError("the run marker comment was lost in conversion")
    return head, tail


def still_torch(code):
    """The converted program still imports or uses torch (the converter left the call as it was)."""
    return re.search(r"^\s*(import torch|from torch)|\btorch\.", code, re.M) is not None
