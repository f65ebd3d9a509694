"""Model equivalence, graph mode: every graph case exported (python_shim), converted from ONNX by
the real converter (code + .ckpt), loaded with msref's load_checkpoint into the generated network
and run on the same input must reproduce the torch output; a mismatch names the first layer
whose output diverges. Models over 30M parameters (VGG, AlexNet) run with MSREF_HEAVY=1.
"""
import json
import os
import warnings

import pytest

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
