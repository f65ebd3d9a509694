"""Model equivalence, graph mode: every graph case exported (python_shim), converted from ONNX by
the real converter (code + .ckpt), loaded with msref's load_checkpoint into the generated network
and run on the same input must reproduce the torch output; a mismatch names the first layer
whose output diverges. Models over 30M parameters (VGG, AlexNet) run with MSREF_HEAVY=1.
"""
import ast
import json
import os
import warnings

import pytest
import torch

from conftest import REPO_DIR, RESULTS_DIR, shared_path
from equivalence.graph_models import compare_graph_model, fixture_cases, graph_cases, run_graph_models


def _built():
    if not os.path.exists(os.path.join(REPO_DIR, "lib", "converter", "index.js")):
        pytest.skip("lib/ is not built: run `npm run build` (make test-msref does) to convert with the real core")


def test_converted_graph_models_compute_what_the_torch_models_compute(tmp_path):
    _built()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rows = run_graph_models(shared_path("corpus"), REPO_DIR, str(tmp_path))
    os.makedirs(RESULTS_DIR, exist_ok=True)
    with open(os.path.join(RESULTS_DIR, "graph_models.json"), "w", encoding="utf-8") as handle:
        json.dump(rows, handle, indent=1)
    bad = [f"{r['case']}: {r['status']}: {r.get('detail')} (first diverging layer: {r.get('first_diverging_layer')})"
           for r in rows if r["status"] not in ("equivalent", "skipped")]
    assert not bad, "\n".join(bad)
    assert sum(r["status"] == "equivalent" for r in rows) >= 10


def test_hand_written_models_compute_what_the_torch_models_compute(tmp_path):
    """The models of tests/fixtures/export_models.py written in typical styles (GRU/LSTM text models, a
    TransformerEncoder, a U-Net, a dict output, int64 embeddings); with MSREF_HEAVY=1 also its larger torchvision
    architectures (ResNeXt, RegNet, EfficientNetV2, ConvNeXt, Swin, ViT, Inception v3, segmentation, video)."""
    _built()
    cases = fixture_cases(REPO_DIR, heavy=bool(os.environ.get("MSREF_HEAVY")))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rows = run_graph_models(None, REPO_DIR, str(tmp_path), cases)
    os.makedirs(RESULTS_DIR, exist_ok=True)
    with open(os.path.join(RESULTS_DIR, "graph_fixture_models.json"), "w", encoding="utf-8") as handle:
        json.dump(rows, handle, indent=1)
    bad = [f"{r['case']}: {r['status']}: {r.get('detail')} (first diverging layer: {r.get('first_diverging_layer')})"
           for r in rows if r["status"] != "equivalent"]
    assert not bad, "\n".join(bad)
    assert {"transformer_classifier", "unet", "multi_task_dict", "styled_modules"} <= {r["case"] for r in rows}


def test_a_wrong_generated_layer_is_caught_and_named(tmp_path):
    _built()
    case = next(c for c in graph_cases(shared_path("corpus")) if c["name"] == "cifar_lenet:LeNet()")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        right = compare_graph_model(case, str(tmp_path / "right"), REPO_DIR)
        wrong = compare_graph_model(case, str(tmp_path / "wrong"), REPO_DIR,
                                    mutate=lambda code: code.replace("x = ops.relu(x)  # (1, 16, 10, 10)",
                                                                     "x = ops.sigmoid(x)  # (1, 16, 10, 10)"))
    assert right["status"] == "equivalent"
    # conv2's own output still agrees; the first layer fed by the wrong activation (through the pooling) is fc1.
    assert wrong["status"] == "different" and wrong["first_diverging_layer"].startswith("fc1: values differ")


class _Recurrent(torch.nn.Module):
    def __init__(self, kind, layers, bidirectional, batch_first, bias, nonlinearity):
        super().__init__()
        extra = {"nonlinearity": nonlinearity} if nonlinearity else {}
        self.kind = kind
        self.rnn = getattr(torch.nn, kind)(6, 5, num_layers=layers, bidirectional=bidirectional,
                                           batch_first=batch_first, bias=bias, **extra)

    def forward(self, x):
        y, state = self.rnn(x)
        return (y,) + (state if isinstance(state, tuple) else (state,))


@pytest.mark.parametrize("kind,layers,bidirectional,batch_first,bias,nonlinearity", [
    ("GRU", 2, True, True, True, None), ("GRU", 1, False, False, True, None), ("LSTM", 2, True, True, True, None),
    ("LSTM", 1, False, False, False, None), ("RNN", 1, True, False, True, "relu"), ("RNN", 2, False, True, True, None)])
def test_a_bare_onnx_recurrent_model_computes_what_torch_computes(tmp_path, kind, layers, bidirectional, batch_first,
                                                                   bias, nonlinearity):
    """A user's own torch.onnx.export (no module tree, constant folding on): every LSTM/GRU/RNN node alone, its
    weights in ONNX's gate order, becomes a one-layer MindSpore layer."""
    _built()
    import subprocess
    import mindspore
    import numpy as np
    torch.manual_seed(0)
    model = _Recurrent(kind, layers, bidirectional, batch_first, bias, nonlinearity).eval()
    x = torch.randn(3, 4, 6)
    onnx_path = str(tmp_path / "rnn.onnx")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(model, (x,), onnx_path, opset_version=14)
    out = tmp_path / "out"
    subprocess.run(["node", os.path.join(REPO_DIR, "bin", "mindconverter.js"), "--model_file", onnx_path, "--output", str(out)],
                   check=True, capture_output=True)
    code = (out / "rnn.py").read_text()
    assert "[UnConvert]" not in code and f"nn.{kind}(" in code
    namespace = {}
    exec(compile(code, "rnn.py", "exec"), namespace)  # noqa: S102 - the converter's generated network
    net = namespace[[n.name for n in ast.parse(code).body if isinstance(n, ast.ClassDef)][-1]]()
    assert mindspore.load_param_into_net(net, mindspore.load_checkpoint(str(out / "rnn.ckpt"))) == ([], [])
    net.set_train(False)
    with torch.no_grad():
        expected = model(x)
    actual = net(mindspore.Tensor(x.numpy()))
    expected, actual = (expected, actual) if isinstance(expected, tuple) else ((expected,), (actual,))
    assert len(expected) == len(actual)
    for e, a in zip(expected, actual):
        np.testing.assert_allclose(a.asnumpy(), e.numpy(), rtol=1e-5, atol=1e-6)
