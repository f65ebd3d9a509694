"""The request handler behind the `mindconverter` comm target (the real-kernel path is in test_kernel.py)."""

import json
import subprocess
import sys

import torch
import torch.nn as nn

from conftest import op_types, shim_env
from mindconverter_shim import __version__, handle_request
from shim_fixture_models import SmallCNN


def request(action, **fields):
    return {"request_id": "req-1", "action": action, **fields}


def assert_error(reply, code, fragment=""):
    assert reply["ok"] is False and reply["request_id"] == "req-1", reply
    assert reply["error"]["code"] == code, reply
    assert fragment in reply["error"]["message"]
    json.dumps(reply)


def test_ping():
    reply, buffers = handle_request(request("ping"), {})
    assert reply == {"request_id": "req-1", "ok": True, "shim_version": __version__, "torch_version": torch.__version__}
    assert buffers == []


def test_list_models():
    reply, _ = handle_request(request("list_models"), {"net": SmallCNN().eval(), "n": 1})
    assert reply["ok"] and [m["name"] for m in reply["models"]] == ["net"]
    assert reply["models"][0]["training"] is False


def test_export_sends_onnx_as_buffer(onnx_model):
    namespace = {"net": SmallCNN()}
    reply, buffers = handle_request(request("export", name="net", shapes=[[1, 3, 16, 16]], dtypes=["float32"],
                                            opset=13), namespace)
    assert reply["ok"] is True and len(buffers) == 1
    assert reply["onnx_bytes"] == len(buffers[0])
    assert "BatchNormalization" in op_types(onnx_model(buffers[0]))
    assert reply["module_tree"]["modules"]["drop"]["params"]["p"] == 0.3
    assert reply["exported_with"] == "trace" and isinstance(reply["warnings"], list)
    text = json.dumps(reply, allow_nan=False)
    assert "onnx_bytes" in text and len(text) < 10_000      # no bytes inside the JSON
    assert namespace["net"].training is True


def test_refusals():
    namespace = {"net": nn.Linear(2, 2), "x": torch.zeros(1)}
    assert_error(handle_request(request("export", name="net; import os", shapes=[[1, 2]]), namespace)[0],
                 "invalid_request", "not a variable name")
    assert_error(handle_request(request("export", name="__import__('os')", shapes=[[1, 2]]), namespace)[0],
                 "invalid_request", "nothing is evaluated")
    assert_error(handle_request(request("export", name=None, shapes=[[1, 2]]), namespace)[0], "invalid_request")
    assert_error(handle_request(request("export", name="nope", shapes=[[1, 2]]), namespace)[0],
                 "unknown_variable", "'nope' is not defined")
    assert_error(handle_request(request("export", name="x", shapes=[[1, 2]]), namespace)[0], "not_a_module")
    assert_error(handle_request(request("export", name="net", shapes=[[1, -2]]), namespace)[0], "invalid_request")
    assert_error(handle_request(request("export", name="net", shapes=[[1, 5]]), namespace)[0],
                 "export_failed", "forward() failed on input 1x5")
    assert_error(handle_request(request("export", name="net", shapes=[[1, 2]], dtypes=["str"]), namespace)[0],
                 "invalid_request", "unsupported dtype")
    assert_error(handle_request(request("export", name="net", shapes=[[1, 2]], opset=99), namespace)[0],
                 "invalid_request", "opset")
    assert_error(handle_request(request("exec", code="import os"), namespace)[0], "invalid_request", "unknown action")


def test_malformed_requests_still_get_one_reply():
    for data in [None, [], "ping", {"action": "ping"}, {"request_id": 5, "action": "ping"}]:
        reply, buffers = handle_request(data, {})
        assert reply["request_id"] is None and reply["ok"] is False and buffers == []
        assert reply["error"]["code"] == "invalid_request"


def test_torch_missing(tmp_path):
    (tmp_path / "torch.py").write_text("raise ImportError('No module named torch')\n")
    code = (
        "import json, mindconverter_shim as m\n"
        "print(json.dumps([m.handle_request({'request_id': 'a', 'action': a, 'name': 'net', 'shapes': [[1]]}, {})[0]"
        " for a in ('ping', 'list_models', 'export')]))\n"
    )
    env = shim_env()
    env["PYTHONPATH"] = f"{tmp_path}:{env['PYTHONPATH']}"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    ping, models, exported = json.loads(result.stdout)
    assert ping["ok"] and ping["torch_version"] is None
    assert models == {"request_id": "a", "ok": True, "models": []}
    assert exported["error"]["code"] == "torch_missing"
