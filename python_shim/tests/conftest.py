import os
import sys

import pytest

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
SHIM_ROOT = os.path.dirname(TESTS_DIR)             # python_shim/, which holds mindconverter_shim/
REPO_ROOT = os.path.dirname(SHIM_ROOT)
FIXTURE_PROJECT = os.path.join(TESTS_DIR, "fixture_project")

for path in (SHIM_ROOT, FIXTURE_PROJECT):
    if path not in sys.path:
        sys.path.insert(0, path)


def shim_env(*extra_paths):
    """Environment for subprocesses (CLI, kernels) that import the shim from this checkout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([SHIM_ROOT, *extra_paths] + [p for p in [env.get("PYTHONPATH")] if p])
    env.pop("PYTHONSTARTUP", None)
    return env


@pytest.fixture
def onnx_model():
    """Decode ONNX bytes with the onnx package (python3-onnx, a test-only dependency) and check them."""
    onnx = pytest.importorskip("onnx", reason="python3-onnx is needed to decode the exported files")

    def decode(data):
        model = onnx.load_from_string(bytes(data))
        onnx.checker.check_model(model)
        return model

    return decode


def op_types(model):
    return [node.op_type for node in model.graph.node]
