"""Model equivalence for graph mode: a torch model exported by the kernel-side exporter
(python_shim), converted by the real converter (ONNX -> MindSpore code + .ckpt), the generated
network built on msref and its checkpoint loaded with msref's load_checkpoint/load_param_into_net,
then run on the torch model's input; outputs must agree. A mismatch names the first layer whose
output diverges (layers are matched by name through the weight map).
"""
import ast
import json
import os
import subprocess
import sys
import traceback

import numpy as np
import torch

from .compare import difference, normalize
from .models import _input, _keep, _max_abs_diff, argparse_defaults, definitions

HERE = os.path.dirname(os.path.abspath(__file__))
HEAVY_PARAMETERS = 30_000_000


def graph_cases(shared_corpus):
    """(name, builder, input shape, input dtype) for every graph case of graph_cases.json."""
    with open(os.path.join(shared_corpus, "graph_cases.json"), encoding="utf-8") as handle:
        records = json.load(handle)["cases"]
    out = []
    for record in records:
        if record["source"] == "torchvision":
            def build(record=record):
                import torchvision
                return getattr(torchvision.models, record["builder"].rsplit(".", 1)[1])(weights=None)
        else:
            def build(record=record):
                path = os.path.join(shared_corpus, "files", f"{record['file_id']}.py")
                with open(path, encoding="utf-8") as handle:
                    source = handle.read()
                namespace = {"__name__": "corpus_" + record["file_id"]}
                for name, value in (record.get("module_globals_needed") or {}).items():
                    namespace[name] = argparse_defaults(source) if isinstance(value, str) and \
                        value.startswith("argparse") else value
                exec(definitions(source), namespace)  # noqa: S102 - the corpus file's definitions only
                return eval(record["constructor"], namespace)  # noqa: S307
        out.append({"name": record["case"], "build": build, "shape": record["input_shape"],
                    "dtype": record["input_dtype"]})
    return out


def fixture_cases(repo_dir, heavy=False):
    """The single-input models of tests/fixtures/export_models.py (hand-written in typical styles), and with
    ``heavy`` its larger torchvision architectures (HEAVY_MODELS, and ViT-B/16)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("export_models", os.path.join(repo_dir, "tests", "fixtures", "export_models.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    records = module.local_cases()
    if heavy:
        records += module.heavy_cases() + module.torchvision_cases(module.BENCH_ONLY_MODELS)
    return [{"name": r["id"], "build": r["build"], "shape": r["inputs"][0]["shape"], "dtype": r["inputs"][0]["dtype"]}
            for r in records if len(r["inputs"]) == 1]


def _randomize(model, seed):
    """Distinct, zero-centred random values in every float tensor, so that the exporter cannot merge equal
    tensors (BatchNorm's ones and zeros) and activations stay of order one."""
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, tensor in model.state_dict().items():
            if tensor.is_floating_point():
                values = (torch.rand(tensor.shape, generator=generator) - 0.5) * 0.1
                if name.endswith("running_var"):
                    values += 0.55
                tensor.copy_(values.to(tensor.dtype))


def _export(model, case, repo_dir):
    sys.path.insert(0, os.path.join(repo_dir, "python_shim"))
    from mindconverter_shim.exporter import export
    return export(model, [case["shape"]], [case["dtype"]], 13)


def _root_class(code):
    classes = [node.name for node in ast.parse(code).body if isinstance(node, ast.ClassDef)]
    return classes[-1]


def _layer_names(weight_map):
    """torch module path -> MindSpore cell path, from the weight map's parameter names."""
    names = {}
    for entry in weight_map["weights"]:
        torch_name, ms_name = entry.get("pytorch"), entry.get("mindspore")
        if torch_name and ms_name and "." in torch_name and "." in ms_name:
            names[torch_name.rsplit(".", 1)[0]] = ms_name.rsplit(".", 1)[0]
    return names


def compare_graph_model(case, workdir, repo_dir, seed=0, rtol=1e-5, atol=1e-5, mutate=None):
    """{status, detail, max_abs_diff, ...}; ``mutate`` edits the generated code (to test the test)."""
    import mindspore
    torch.manual_seed(seed)
    model = case["build"]().eval()
    parameters = sum(p.numel() for p in model.parameters())
    if parameters > HEAVY_PARAMETERS and not os.environ.get("MSREF_HEAVY"):
        return {"status": "skipped", "detail": f"{parameters / 1e6:.0f}M parameters: set MSREF_HEAVY=1 to run it"}
    _randomize(model, 1000 + seed)
    exported = _export(model, case, repo_dir)
    os.makedirs(workdir, exist_ok=True)
    onnx_path, tree_path = os.path.join(workdir, "model.onnx"), os.path.join(workdir, "tree.json")
    with open(onnx_path, "wb") as handle:
        handle.write(exported.onnx_bytes)
    with open(tree_path, "w", encoding="utf-8") as handle:
        json.dump(exported.module_tree, handle)
    out = os.path.join(workdir, "out")
    subprocess.run(["node", os.path.join(HERE, "convert_graph.js"), onnx_path, tree_path, out, "Model"], check=True,
                   capture_output=True, text=True)
    with open(os.path.join(out, "model.py"), encoding="utf-8") as handle:
        code = handle.read()
    if mutate is not None:
        code = mutate(code)
    with open(os.path.join(out, "weight_map.json"), encoding="utf-8") as handle:
        weight_map = json.load(handle)
    with open(os.path.join(out, "summary.json"), encoding="utf-8") as handle:
        summary = json.load(handle)
    result = {"placeholders": summary["placeholders"], "parameters": parameters}
    namespace = {"__name__": "__msref_graph_model__"}
    exec(compile(code, "model.py", "exec"), namespace)  # noqa: S102 - the converter's generated network
    net = namespace[_root_class(code)]()
    not_loaded, unused = mindspore.load_param_into_net(net, mindspore.load_checkpoint(os.path.join(out, "model.ckpt")))
    if not_loaded or unused:
        return dict(result, status="different", detail=f"checkpoint mismatch: not loaded {not_loaded[:5]}, "
                                                        f"unused {unused[:5]}")
    net.set_train(False)
    array = _input(case["shape"], case["dtype"])
    torch_outputs, ms_outputs = {}, {}
    for name, module in model.named_modules():
        if name:
            module.register_forward_hook(lambda m, i, o, name=name: _keep(torch_outputs, name, o))
    for name, cell in net.cells_and_names():
        if name:
            cell.register_forward_hook(lambda c, i, o, name=name: _keep(ms_outputs, name, o))
    torch.manual_seed(1)  # random draws in forward: msref draws from torch's generator, so both see the same
    with torch.no_grad():
        expected = normalize(_dict_values(model(torch.from_numpy(array.copy()))))
    torch.manual_seed(1)
    try:
        actual = normalize(net(mindspore.Tensor(array.copy())))
    except Exception as error:  # noqa: BLE001 - the generated network failing to run is a finding
        return dict(result, status="error",
                    detail="".join(traceback.format_exception_only(type(error), error)).strip()[-300:],
                    first_diverging_layer=_first(torch_outputs, ms_outputs, weight_map, rtol, atol))
    result["max_abs_diff"] = _max_abs_diff(expected, actual)
    result["max_abs_output"] = _max_abs(expected)
    found = difference(expected, actual, rtol, atol)
    if found:
        return dict(result, status="different", detail=found,
                    first_diverging_layer=_first(torch_outputs, ms_outputs, weight_map, rtol, atol))
    return dict(result, status="equivalent")


def _dict_values(value):
    """A dict output as its values: ONNX (and so the converted network) returns them in that order, one alone."""
    if not isinstance(value, dict):
        return value
    values = tuple(value.values())
    return values[0] if len(values) == 1 else values


def _max_abs(value):
    if value[0] == "tensor" and value[3].size and value[3].dtype.kind in "fc":
        return float(np.max(np.abs(value[3])))
    if value[0] == "seq":
        found = [_max_abs(v) for v in value[1]]
        found = [f for f in found if f is not None]
        return max(found) if found else None
    return None


def _first(torch_outputs, ms_outputs, weight_map, rtol, atol):
    names = _layer_names(weight_map)
    for name, expected in torch_outputs.items():
        ms_name = names.get(name, name)
        if ms_name in ms_outputs:
            found = difference(expected, ms_outputs[ms_name], rtol, atol)
            if found:
                return f"{name}: {found}"
    return None


def run_graph_models(shared_corpus, repo_dir, workdir, cases=None):
    rows = []
    for number, case in enumerate(graph_cases(shared_corpus) if cases is None else cases):
        try:
            result = compare_graph_model(case, os.path.join(workdir, f"case{number}"), repo_dir, seed=number)
        except Exception as error:  # noqa: BLE001 - export or conversion failing is a finding too
            result = {"status": "error",
                      "detail": "".join(traceback.format_exception_only(type(error), error)).strip()[-300:]}
        rows.append(dict(result, case=case["name"]))
    return rows


_ = np
