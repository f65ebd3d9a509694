"""%load_ext mindconverter_shim, %mindconverter and %%mindconverter in a real kernel and in terminal IPython."""

import os
import re
import subprocess
import sys

import pytest

from conftest import shim_env
from kernel_session import KernelSession

SETUP = "import mindconverter_shim\nimport torch.nn as nn\nnet = nn.Sequential(nn.Conv2d(3, 4, 3), nn.BatchNorm2d(4))\nnumber = 7"


def is_frontend_open(msg):
    return msg["msg_type"] == "comm_open" and msg["content"]["target_name"] == "mindconverter.frontend"


def frontend_requests(messages):
    return [m for m in messages if is_frontend_open(m)]


@pytest.fixture
def kernel():
    session = KernelSession()
    session.run(SETUP)
    yield session
    session.close()


def answer(kernel, open_msg, **fields):
    """Play the JupyterLab extension: answer on the comm, then close it."""
    comm_id = open_msg["content"]["comm_id"]
    kernel.comm_send(comm_id, {"request_id": open_msg["content"]["data"]["request_id"], "ok": True, **fields})
    kernel.comm_close(comm_id)


def test_with_the_extension(kernel):
    kernel.run("%load_ext mindconverter_shim", cell_id="cell-1")
    hello = kernel.take(is_frontend_open)
    assert len(hello) == 1
    data = hello[0]["content"]["data"]
    assert data["action"] == "hello" and data["cell_id"] == "cell-1"
    assert data["shim_version"] == kernel.evaluate("mindconverter_shim.__version__").strip("'")
    answer(kernel, hello[0], extension_version="9.9.9")

    stdout = kernel.run("%mindconverter net --shape 1,3,16,16", cell_id="cell-2")
    assert "will be inserted below this cell" in stdout and "If none appears" not in stdout
    assert kernel.evaluate("mindconverter_shim.frontend.link.status") == "'present'"
    assert kernel.evaluate("mindconverter_shim.frontend.link.extension_version") == "'9.9.9'"
    [request] = kernel.take(is_frontend_open)
    data = request["content"]["data"]
    assert {k: v for k, v in data.items() if k != "request_id"} == {
        "action": "convert_model", "name": "net", "shapes": [[1, 3, 16, 16]], "dtypes": ["float32"], "opset": 13,
        "cell_id": "cell-2"}
    answer(kernel, request)

    stdout = kernel.run("%mindconverter net.0 --shape 1,3,8,8 --shape 1,3,8,8 --dtype float16 --opset 11")
    [request] = kernel.take(is_frontend_open)
    assert request["content"]["data"]["shapes"] == [[1, 3, 8, 8], [1, 3, 8, 8]]
    assert request["content"]["data"]["dtypes"] == ["float16", "float16"]
    assert request["content"]["data"]["opset"] == 11


def test_cell_magic_sends_the_source_without_running_it(kernel):
    kernel.run("%load_ext mindconverter_shim")
    source = "import torch\nconverted_marker = torch.ones(2)\n"
    stdout = kernel.run("%%mindconverter --target mint\n" + source, cell_id="cell-9")
    assert "convert this cell's source" in stdout
    requests = [m for m in kernel.take(is_frontend_open) if m["content"]["data"]["action"] == "convert_source"]
    assert len(requests) == 1
    data = requests[0]["content"]["data"]
    assert data["source"] == source and data["target"] == "mint" and data["cell_id"] == "cell-9"
    assert kernel.evaluate("'converted_marker' in globals()") == "False"


def test_refusals_are_usage_errors_and_send_nothing(kernel, tmp_path):
    kernel.run("%load_ext mindconverter_shim")
    kernel.take(is_frontend_open)
    marker = tmp_path / "injected"
    cases = {
        "%mindconverter net; import os --shape 1,3,8,8": "'net;' is not a variable name",
        "%mindconverter net --shape 1,3,8,8 import os": "unrecognized arguments: import os",
        f"%mindconverter __import__('os').system('touch {marker}') --shape 1,3,8,8": "not a variable name",
        "%mindconverter net --shape 1,3,x": "bad shape",
        "%mindconverter net --shape 1,3,8,8 --dtype double": "invalid choice",
        "%mindconverter net": "the following arguments are required: --shape",
        "%mindconverter missing --shape 1,2": "'missing' is not defined",
        "%mindconverter number --shape 1,2": "not a torch.nn.Module",
        "%mindconverter net --shape 1,3,8,8 --opset 99": "opset must be",
        "%mindconverter 'net --shape 1,2": "No closing quotation",
    }
    for line, fragment in cases.items():
        reply, stdout, stderr, messages = kernel.execute(line)
        assert reply["status"] == "error" and reply["ename"] == "UsageError", (line, reply)
        assert fragment in reply["evalue"], (line, reply["evalue"])
        assert frontend_requests(messages) == []
    assert not marker.exists() and os.listdir(kernel.workdir) == []
    assert kernel.evaluate("'os' in globals()") == "False"


def test_frontend_without_the_extension(kernel):
    kernel.run("%load_ext mindconverter_shim")
    [hello] = kernel.take(is_frontend_open)
    kernel.comm_close(hello["content"]["comm_id"])          # what JupyterLab does for an unknown target
    stdout = kernel.run("%mindconverter net --shape 1,3,8,8")
    assert "closed the request channel without answering: the JupyterLab extension jupyterlab-mindconverter " \
           "is needed" in stdout
    assert kernel.evaluate("mindconverter_shim.frontend.link.status") == "'absent'"


def test_first_magic_before_any_answer_says_what_is_needed(kernel):
    stdout = kernel.run("%load_ext mindconverter_shim\n%mindconverter net --shape 1,3,8,8")
    assert "will be inserted below this cell. If none appears, the JupyterLab extension " \
           "jupyterlab-mindconverter is needed for the %mindconverter magics" in stdout


def test_terminal_ipython_says_the_extension_is_needed(tmp_path):
    code = "%load_ext mindconverter_shim\nimport torch\nnet = torch.nn.Linear(2, 2)\n%mindconverter net --shape 1,2"
    env = shim_env()
    env["IPYTHONDIR"] = str(tmp_path)
    result = subprocess.run([sys.executable, "-m", "IPython", "--quick", "--no-banner", "--colors=NoColor", "-c",
                             code], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = re.findall(r"mindconverter: [^\n]*", result.stdout)   # the terminal title escape may precede a line
    assert len(lines) == 2, result.stdout
    assert lines[0].startswith("mindconverter: magics loaded, but this IPython is not a Jupyter kernel")
    for line in lines:
        assert "the JupyterLab extension jupyterlab-mindconverter is needed for the %mindconverter magics" in line
        assert "mindconverter --in_file" in line
    cell = subprocess.run([sys.executable, "-m", "IPython", "--quick", "--no-banner", "-c",
                           "%load_ext mindconverter_shim\n%%mindconverter\nimport torch\n"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert "the JupyterLab extension jupyterlab-mindconverter is needed" in cell.stdout
