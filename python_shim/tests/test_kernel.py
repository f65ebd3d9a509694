"""The comm channel in a real ipykernel (Debian's), driven through jupyter_client."""

import os
import textwrap
from collections import Counter

import pytest

from conftest import op_types
from kernel_session import KernelSession

NOTEBOOK_MODEL = textwrap.dedent("""
    import torch
    import torch.nn as nn

    class Net(nn.Module):                       # defined in a cell, as in a notebook
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(3, 6, 3)
            self.bn = nn.BatchNorm2d(6)
            self.drop = nn.Dropout(0.4)
            self.head = nn.Linear(6, 2)

        def forward(self, x):
            x = torch.relu(self.bn(self.conv(x)))
            return self.head(self.drop(x.mean((2, 3))))

    net = Net()
    other = 42
""")


@pytest.fixture(scope="module")
def kernel():
    session = KernelSession()
    yield session
    session.close()


def test_target_exists_only_after_the_fixed_import(kernel):
    early = kernel.open_comm("mindconverter")
    closed = kernel.wait_for(lambda m: m["msg_type"] == "comm_close" and m["content"]["comm_id"] == early)
    assert closed is not None      # ipykernel refuses comms to unregistered targets
    kernel.run("import mindconverter_shim")
    kernel.run(NOTEBOOK_MODEL)


def test_ping_and_list_models(kernel):
    comm = kernel.open_comm("mindconverter")
    reply, buffers = kernel.request(comm, "ping")
    assert reply["ok"] and reply["torch_version"] == kernel.evaluate("torch.__version__").strip("'")
    assert reply["shim_version"] == kernel.evaluate("mindconverter_shim.__version__").strip("'")
    reply, _ = kernel.request(comm, "list_models")
    assert reply["ok"] and [m["name"] for m in reply["models"]] == ["net"]
    assert reply["models"][0]["class"] == "Net" and reply["models"][0]["module"] == "__main__"
    assert reply["models"][0]["training"] is True


def test_export_sends_the_onnx_file_as_a_binary_buffer(kernel, onnx_model):
    comm = kernel.open_comm("mindconverter")
    reply, buffers = kernel.request(comm, "export", name="net", shapes=[[1, 3, 12, 12]], dtypes=["float32"], opset=13)
    assert reply["ok"] is True, reply
    assert len(buffers) == 1 and reply["onnx_bytes"] == len(buffers[0])
    model = onnx_model(buffers[0])
    assert Counter(op_types(model))["BatchNormalization"] == 1
    assert model.graph.input[0].name == "input"
    tree = reply["module_tree"]
    assert tree["root_class"] == "Net" and tree["modules"]["drop"]["params"]["p"] == 0.4
    assert kernel.evaluate("net.training") == "True"          # restored after the eval-mode export


def test_request_in_the_comm_open_message(kernel):
    comm = kernel.open_comm("mindconverter", {"request_id": "in-open", "action": "ping"})
    reply = kernel.wait_for(lambda m: m["msg_type"] == "comm_msg" and m["content"]["comm_id"] == comm)
    assert reply["content"]["data"]["request_id"] == "in-open" and reply["content"]["data"]["ok"]


def test_untraceable_notebook_model_falls_back_to_script(kernel, onnx_model):
    kernel.run(textwrap.dedent("""
        import torch.nn.functional as F

        class GlobalPool(nn.Module):
            def forward(self, x):
                return F.avg_pool2d(x, x.size(2))     # the tracer cannot pass a tensor as kernel size

        pool = GlobalPool()
    """))
    comm = kernel.open_comm("mindconverter")
    reply, buffers = kernel.request(comm, "export", name="pool", shapes=[[1, 3, 8, 8]])
    assert reply["ok"] and reply["exported_with"] == "script", reply
    assert "AveragePool" in op_types(onnx_model(buffers[0]))


def test_resnet18_over_the_comm(kernel, onnx_model):
    kernel.run("import torchvision\nresnet = torchvision.models.resnet18().eval()")
    comm = kernel.open_comm("mindconverter")
    reply, buffers = kernel.request(comm, "export", name="resnet", shapes=[[1, 3, 224, 224]])
    assert reply["ok"], reply
    assert Counter(op_types(onnx_model(buffers[0])))["BatchNormalization"] == 20
    assert kernel.evaluate("resnet.training") == "False"


def test_refusals_and_injection_attempts(kernel, tmp_path):
    marker = tmp_path / "injected"
    comm = kernel.open_comm("mindconverter")
    attempts = {
        "net; import os": "invalid_request",
        "__import__('os')": "invalid_request",
        f"__import__('os').system('touch {marker}')": "invalid_request",
        "net.__class__": "invalid_request",
        "missing_model": "unknown_variable",
        "other": "not_a_module",
    }
    for name, code in attempts.items():
        reply, buffers = kernel.request(comm, "export", name=name, shapes=[[1, 3, 12, 12]])
        assert reply["ok"] is False and reply["error"]["code"] == code, (name, reply)
        assert buffers == []
    reply, _ = kernel.request(comm, "export", name="net", shapes=[[1, 3, "12; import os", 12]])
    assert reply["error"]["code"] == "invalid_request"
    reply, _ = kernel.request(comm, "export", name="net", shapes=[[1, 4, 12, 12]])
    assert reply["error"]["code"] == "export_failed"
    assert "expected input[1, 4, 12, 12] to have 3 channels" in reply["error"]["message"]
    assert "in forward: x = torch.relu(self.bn(self.conv(x)))" in reply["error"]["message"]   # the cell's line
    assert not marker.exists() and os.listdir(kernel.workdir) == []
    assert kernel.evaluate("'os' in globals()") == "False"
