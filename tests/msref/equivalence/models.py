"""Model equivalence for AST mode: a corpus file's model classes, converted by the real converter,
run on msref with the torch model's weights, must compute what the torch model computes.

Only the file's imports and class/def statements run (never its script body), as
../shared/corpus/graph_cases.json prescribes. On a mismatch the first layer (in execution order)
whose output differs is named, by recording every module's / cell's output under its attribute path.
"""
import ast
import contextlib
import json
import os
import subprocess
import traceback

import numpy as np
import torch

from .compare import difference, normalize
from .weights import copy_state

HERE = os.path.dirname(os.path.abspath(__file__))


def _literal_assignment(node):
    """``NAME = <literal>`` at module level (configuration tables such as cifar VGG's cfg)."""
    if not isinstance(node, ast.Assign) or not all(isinstance(t, ast.Name) for t in node.targets):
        return False
    try:
        ast.literal_eval(node.value)
    except ValueError:
        return False
    return True


def definitions(source):
    """The imports, class/def statements and literal constants of a module, as source text."""
    tree = ast.parse(source)
    kept = [node for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom, ast.ClassDef,
                                                               ast.FunctionDef)) or _literal_assignment(node)]
    return "\n\n".join(ast.get_source_segment(source, node) for node in kept)


def argparse_defaults(source):
    """A namespace of the ``parser.add_argument('--name', default=...)`` defaults of a script."""
    from types import SimpleNamespace
    values = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "add_argument" and node.args:
            flag = node.args[0]
            if isinstance(flag, ast.Constant) and str(flag.value).startswith("--"):
                default = next((k.value for k in node.keywords if k.arg == "default"), None)
                try:
                    value = ast.literal_eval(default) if default is not None else None
                except ValueError:
                    continue
                values[flag.value[2:].replace("-", "_")] = value
    return SimpleNamespace(**values)


def module_globals(source, needed):
    """graph_cases.json's module_globals_needed: literal values, or 'argparse defaults' descriptions."""
    out = {}
    for name, value in (needed or {}).items():
        out[name] = argparse_defaults(source) if isinstance(value, str) and value.startswith("argparse") else value
    return out


def convert_file(source, repo_dir, target="classic"):
    script = os.path.join(HERE, "convert.js")
    done = subprocess.run(["node", script], input=json.dumps([{"id": "m", "source": source, "target": target}]),
                          capture_output=True, text=True, check=True, cwd=repo_dir)
    return json.loads(done.stdout)[0]


def _exec_definitions(text, namespace):
    """Run imports one by one (an unresolvable import is recorded, not fatal) and the definitions."""
    failed = []
    for node in ast.parse(text).body:
        segment = ast.get_source_segment(text, node)
        try:
            exec(compile(ast.Module(body=[node], type_ignores=[]), "<definitions>", "exec"), namespace)  # noqa: S102
        except (ImportError, ModuleNotFoundError) as error:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                failed.append(f"{segment.strip()}: {error}")
            else:
                raise
    return failed


@contextlib.contextmanager
def _fresh_model_registry(package):
    """torchvision refuses to register a builder name twice; a re-run file gets an empty registry."""
    if not package or not package.startswith("torchvision"):
        yield
        return
    from torchvision.models import _api
    saved = _api.BUILTIN_MODELS
    _api.BUILTIN_MODELS = {}
    try:
        yield
    finally:
        _api.BUILTIN_MODELS = saved


def build(source_defs, constructor, module_globals, package=None):
    """The model from a file's definitions; ``package`` resolves its relative imports (torchvision files)."""
    namespace = {"__name__": f"{package}.__msref_model__" if package else "__msref_model__", "__package__": package}
    with _fresh_model_registry(package):
        failed_imports = _exec_definitions(source_defs, namespace)
    namespace.update(module_globals)
    return eval(constructor, namespace), failed_imports  # noqa: S307 - graph_cases.json's constructor


def _input(shape, dtype):
    rng = np.random.default_rng(11)
    if dtype.startswith("int"):
        return rng.integers(0, 10, shape).astype(dtype)
    return rng.uniform(-1, 1, shape).astype(dtype)


def _record_torch(model):
    outputs = {}
    for name, module in model.named_modules():
        if name:
            module.register_forward_hook(lambda m, i, o, name=name: _keep(outputs, name, o))
    return outputs


def _record_ms(cell):
    outputs = {}
    for name, child in cell.cells_and_names():
        if name:
            child.register_forward_hook(lambda c, i, o, name=name: _keep(outputs, name, o))
    return outputs


def _keep(outputs, name, output):
    """Record a layer's first output; return None so the hook leaves the output alone."""
    if name not in outputs:
        outputs[name] = normalize(output)


def first_divergence(torch_outputs, ms_outputs, rtol, atol):
    """The first torch module (execution order) whose output the same-named cell does not reproduce."""
    for name, expected in torch_outputs.items():
        if name not in ms_outputs:
            continue
        found = difference(expected, ms_outputs[name], rtol, atol)
        if found:
            return f"{name}: {found}"
    return None


def compare_model(case, torch_source, converted_source, rtol=1e-5, atol=1e-5):
    """{status, detail, max_abs_diff, ...} for one graph case.

    Random draws inside forward (a VAE's reparameterisation noise) are aligned by seeding torch's
    generator before each forward: msref draws from it too, so both sides see the same noise.
    """
    import mindspore
    torch.manual_seed(0)
    package = case.get("package")
    # torchvision's model files are library modules (no script body): they run whole, inside their package.
    select = (lambda text: text) if package else definitions
    torch_model, _ = build(select(torch_source), case["constructor"], case["globals"], package)
    torch_model.eval()
    ms_model, failed_imports = build(select(converted_source), case["constructor"], case["globals"], package)
    missing = copy_state(torch_model, ms_model)
    if missing:
        return {"status": "different", "detail": f"weights with no MindSpore counterpart: {missing[:5]}"}
    ms_model.set_train(False)
    array = _input(case["input_shape"], case["input_dtype"])
    torch_outputs, ms_outputs = _record_torch(torch_model), _record_ms(ms_model)
    torch.manual_seed(1)
    with torch.no_grad():
        expected = normalize(torch_model(torch.from_numpy(array.copy())))
    torch.manual_seed(1)
    try:
        actual = normalize(ms_model(mindspore.Tensor(array.copy())))
    except Exception as error:  # noqa: BLE001 - name where the layers parted before the failure
        detail = "".join(traceback.format_exception_only(type(error), error)).strip()[-300:]
        return {"status": "error", "detail": detail, "unresolved_imports": failed_imports,
                "first_diverging_layer": first_divergence(torch_outputs, ms_outputs, rtol, atol)}
    result = {"max_abs_diff": _max_abs_diff(expected, actual), "unresolved_imports": failed_imports}
    found = difference(expected, actual, rtol, atol)
    if found:
        result.update(status="different", detail=found,
                      first_diverging_layer=first_divergence(torch_outputs, ms_outputs, rtol, atol))
    else:
        result["status"] = "equivalent"
    return result


def _max_abs_diff(expected, actual):
    if expected[0] == "tensor" and actual[0] == "tensor" and expected[2] == actual[2] and expected[3].size:
        return float(np.max(np.abs(expected[3].astype(np.float64) - actual[3].astype(np.float64))))
    if expected[0] == "seq" and actual[0] == "seq" and len(expected[1]) == len(actual[1]):
        diffs = [_max_abs_diff(e, a) for e, a in zip(expected[1], actual[1])]
        diffs = [d for d in diffs if d is not None]
        return max(diffs) if diffs else None
    return None


def graph_case(record, shared_corpus):
    """A graph_cases.json record as a model-equivalence case (source text, constructor, globals, input)."""
    with open(os.path.join(shared_corpus, "files", f"{record['file_id']}.py"), encoding="utf-8") as handle:
        source = handle.read()
    return {
        "name": record["case"], "source": source,
        "constructor": record.get("constructor") or record["constructor_args"],
        "globals": module_globals(source, record.get("module_globals_needed")),
        "input_shape": record["input_shape"], "input_dtype": record["input_dtype"],
        "package": "torchvision.models" if record["source"] == "torchvision" else None,
    }


def run_models(shared_corpus, repo_dir, targets=("classic", "mint")):
    """Every graph case, converted for each target (a target whose conversion is identical reuses the result)."""
    with open(os.path.join(shared_corpus, "graph_cases.json"), encoding="utf-8") as handle:
        records = json.load(handle)["cases"]
    rows = []
    for record in records:
        case = graph_case(record, shared_corpus)
        seen = {}
        for target in targets:
            code = convert_file(case["source"], repo_dir, target)["code"]
            if code in seen:
                rows.append(dict(seen[code], target=target, same_code_as=seen[code]["target"]))
                continue
            try:
                result = compare_model(case, case["source"], code)
            except Exception as error:  # noqa: BLE001 - a converted model failing to build or run is a finding
                result = {"status": "error",
                          "detail": "".join(traceback.format_exception_only(type(error), error)).strip()[-300:]}
            row = dict(result, case=case["name"], target=target)
            seen[code] = row
            rows.append(row)
    return rows
