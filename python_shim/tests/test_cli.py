"""The .pth path used by the mindconverter CLI: python3 -m mindconverter_shim export ..."""

import json
import subprocess
from concurrent.futures import ThreadPoolExecutor
import sys

import pytest
import torch

from conftest import FIXTURE_PROJECT, op_types, shim_env
from shim_fixture_models import NeedsArguments, SmallCNN

PYTHON = sys.executable


def run_shim(*args, cwd=None):
    return subprocess.run([PYTHON, "-m", "mindconverter_shim", *args], capture_output=True, text=True,
                          env=shim_env(), cwd=cwd, timeout=300)


def run_export(tmp_path, model_file, *extra):
    return run_shim("export", "--model_file", str(model_file), "--output", str(tmp_path / "out.onnx"), *extra)


@pytest.fixture
def whole_pth(tmp_path):
    path = tmp_path / "whole.pth"
    torch.save(SmallCNN(num_classes=5), path)
    return path


@pytest.fixture
def state_dict_pth(tmp_path):
    path = tmp_path / "weights.pth"
    torch.save(SmallCNN().state_dict(), path)
    return path


def assert_one_error_line(result, code, *fragments):
    assert result.returncode == code, (result.returncode, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("mindconverter_shim: error: ")
    for fragment in fragments:
        assert fragment in lines[0]
    assert result.stdout == ""


def test_whole_module(tmp_path, whole_pth, onnx_model):
    result = run_export(tmp_path, whole_pth, "--shape", "1,3,16,16", "--project_path", FIXTURE_PROJECT)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    summary = json.loads(result.stdout)
    assert summary["onnx"] == str(tmp_path / "out.onnx")
    assert summary["module_tree"] == str(tmp_path / "out.tree.json")
    assert summary["exported_with"] == "trace"
    data = (tmp_path / "out.onnx").read_bytes()
    assert summary["onnx_bytes"] == len(data)
    assert "BatchNormalization" in op_types(onnx_model(data))
    tree = json.loads((tmp_path / "out.tree.json").read_text())
    assert tree["root_class"] == "SmallCNN" and tree["modules"][""]["params"] == {"num_classes": 5}
    assert tree["modules"]["drop"]["params"]["p"] == 0.3
    assert tree["outputs"][0]["shape"] == [1, 5]


def test_state_dict_with_class_and_explicit_tree_path(tmp_path, state_dict_pth, onnx_model):
    tree_path = tmp_path / "tree.json"
    result = run_export(tmp_path, state_dict_pth, "--shape", "2,3,16,16", "--model_class",
                        "shim_fixture_models:SmallCNN", "--module_tree", str(tree_path), "--opset", "11",
                        "--project_path", FIXTURE_PROJECT)
    assert result.returncode == 0, result.stderr
    model = onnx_model((tmp_path / "out.onnx").read_bytes())
    assert model.opset_import[0].version == 11
    weights = {init.name: init for init in model.graph.initializer}
    saved = torch.load(state_dict_pth)
    assert list(weights["conv.weight"].dims) == list(saved["conv.weight"].shape)
    assert json.loads(tree_path.read_text())["inputs"][0]["shape"] == [2, 3, 16, 16]
    assert not (tmp_path / "out.tree.json").exists()


def test_nested_and_data_parallel_state_dicts(tmp_path, onnx_model):
    weights = {"module." + key: value for key, value in SmallCNN().state_dict().items()}
    path = tmp_path / "checkpoint.pth"
    torch.save({"epoch": 3, "state_dict": weights}, path)
    result = run_export(tmp_path, path, "--shape", "1,3,16,16", "--model_class", "shim_fixture_models:SmallCNN",
                        "--project_path", FIXTURE_PROJECT)
    assert result.returncode == 0, result.stderr
    onnx_model((tmp_path / "out.onnx").read_bytes())


def test_several_shapes_and_dtypes(tmp_path):
    path = tmp_path / "two.pth"
    torch.save(__import__("shim_fixture_models").TwoInputs(), path)
    result = run_export(tmp_path, path, "--shape", "2,5", "2,4", "--dtype", "int64", "float32",
                        "--project_path", FIXTURE_PROJECT)
    assert result.returncode == 0, result.stderr
    tree = json.loads((tmp_path / "out.tree.json").read_text())
    assert [(i["shape"], i["dtype"]) for i in tree["inputs"]] == [([2, 5], "int64"), ([2, 4], "float32")]


def test_failure_kinds_have_distinct_exit_codes(tmp_path, whole_pth, state_dict_pth):
    (tmp_path / "notes.txt").write_text("not a checkpoint")
    torch.save(NeedsArguments(3).state_dict(), tmp_path / "needs.pth")
    torch.save([1, 2, 3], tmp_path / "list.pth")
    torch.save(torch.nn.Linear(2, 2).state_dict(), tmp_path / "linear.pth")
    shape = ("--shape", "1,3,16,16")
    project = ("--project_path", FIXTURE_PROJECT)

    def export(model_file, *extra):
        return ("export", "--model_file", str(model_file), "--output", str(tmp_path / "out.onnx"), *extra)

    def with_class(model_file, spec, *extra):
        return export(model_file, *shape, "--model_class", spec, *extra)

    cases = [
        (export(whole_pth, "--shape", "1,x"), 2, "bad shape '1,x'"),
        (export(whole_pth, *shape, "--dtype", "float"), 2, "invalid choice: 'float'"),
        (("export", "--model_file", str(whole_pth)), 2, "the following arguments are required"),
        (export(tmp_path / "missing.pth", *shape), 3, "does not exist"),
        (export(whole_pth, *shape, "--project_path", str(tmp_path / "nowhere")), 3, "is not a directory"),
        (export(tmp_path / "notes.txt", *shape), 4, "cannot load"),
        (with_class(tmp_path / "needs.pth", "shim_fixture_models:NeedsArguments", *project), 4, "without arguments"),
        (export(whole_pth, *shape), 5, "No module named 'shim_fixture_models'"),
        (with_class(state_dict_pth, "shim_fixture_models:Missing", *project), 5, "has no 'Missing'"),
        (with_class(state_dict_pth, "no_such_package.models:Net"), 5, "cannot import module 'no_such_package.models'"),
        (export(state_dict_pth, *shape), 6, "holds a state dict", "--model_class"),
        (export(tmp_path / "list.pth", *shape), 6, "holds a list"),
        (with_class(state_dict_pth, "torch:Tensor"), 6, "not a torch.nn.Module"),
        (with_class(tmp_path / "linear.pth", "shim_fixture_models:SmallCNN", *project), 7,
         "does not fit shim_fixture_models:SmallCNN"),
        (export(whole_pth, "--shape", "1,3,16", *project), 8, "forward() failed on input 1x3x16"),
    ]
    with ThreadPoolExecutor(max_workers=2) as pool:   # each run imports torch: two at a time
        results = list(pool.map(lambda case: run_shim(*case[0]), cases))
    for result, (_, code, *fragments) in zip(results, cases):
        assert_one_error_line(result, code, *fragments)
    assert not (tmp_path / "out.onnx").exists()


def test_model_class_spec_is_validated(tmp_path, state_dict_pth, capfd):
    marker = tmp_path / "ran"
    spec = f"os:system('touch {marker}')"
    result = run_export(tmp_path, state_dict_pth, "--shape", "1,3,16,16", "--model_class", spec)
    assert_one_error_line(result, 2, "must look like package.module:ClassName")
    assert not marker.exists()


def test_unwritable_output(tmp_path, whole_pth):
    result = run_shim("export", "--model_file", str(whole_pth), "--shape", "1,3,16,16", "--project_path",
                      FIXTURE_PROJECT, "--output", str(tmp_path / "no" / "dir" / "x.onnx"))
    assert_one_error_line(result, 10, "cannot write")


def test_torch_missing(tmp_path, whole_pth):
    # A `torch` that fails to import, placed first on the path, stands for an interpreter without torch.
    blocker = tmp_path / "blocker"
    blocker.mkdir()
    (blocker / "torch.py").write_text("raise ImportError('No module named torch')\n")
    env = shim_env()
    env["PYTHONPATH"] = f"{blocker}:{env['PYTHONPATH']}"
    result = subprocess.run([PYTHON, "-m", "mindconverter_shim", "export", "--model_file", str(whole_pth), "--shape",
                             "1,3,16,16", "--output", str(tmp_path / "x.onnx")], capture_output=True, text=True, env=env)
    assert_one_error_line(result, 9, "PyTorch is not importable")


def test_version_and_help():
    version = run_shim("--version")
    assert version.returncode == 0 and version.stdout.startswith("mindconverter_shim ")
    help_text = run_shim("export", "--help")
    assert help_text.returncode == 0 and "--model_class" in help_text.stdout
