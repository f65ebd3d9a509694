"""Model equivalence, AST mode: the corpus models (../shared/corpus/graph_cases.json) converted by
the real converter and run on msref with the torch weights must reproduce the torch outputs; a
mismatch names the first diverging layer.

Graph mode (ONNX -> MindSpore code + .ckpt) is not on main yet: its model tests will load the
generated checkpoint with msref's load_checkpoint into the generated network the same way.
"""
import json
import os
import warnings

import pytest

from conftest import MSREF_DIR, REPO_DIR, RESULTS_DIR, shared_path
from equivalence.models import compare_model, convert_file, definitions, graph_case, run_models  # noqa: F401


@pytest.fixture(scope="module")
def model_rows():
    if not os.path.exists(os.path.join(REPO_DIR, "lib", "converter", "index.js")):
        pytest.skip("lib/ is not built: run `npm run build` (make test-msref does) to convert with the real core")
    corpus = shared_path("corpus")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rows = run_models(corpus, REPO_DIR)
    os.makedirs(RESULTS_DIR, exist_ok=True)
    with open(os.path.join(RESULTS_DIR, "models.json"), "w", encoding="utf-8") as handle:
        json.dump(rows, handle, indent=1)
    return rows


def _known():
    with open(os.path.join(MSREF_DIR, "equivalence", "known_model_failures.json"), encoding="utf-8") as handle:
        return {(entry["case"], target) for entry in json.load(handle)["failures"] for target in entry["targets"]}


def test_converted_corpus_models_compute_what_the_torch_models_compute(model_rows):
    known = _known()
    bad = [f"{r['case']} [{r['target']}]: {r['status']}: {r.get('detail')} (first diverging layer: "
           f"{r.get('first_diverging_layer')})" for r in model_rows if r["status"] != "equivalent"
           and (r["case"], r["target"]) not in known]
    assert not bad, "\n".join(bad)
    assert any(r["status"] == "equivalent" for r in model_rows)


def test_known_model_failures_still_fail(model_rows):
    fixed = sorted({f"{r['case']} [{r['target']}]" for r in model_rows
                    if (r["case"], r["target"]) in _known() and r["status"] == "equivalent"})
    assert not fixed, f"remove from known_model_failures.json (now equivalent): {fixed}"


def test_a_wrong_conversion_is_caught_and_its_first_diverging_layer_named():
    if not os.path.exists(os.path.join(REPO_DIR, "lib", "converter", "index.js")):
        pytest.skip("lib/ is not built")
    with open(os.path.join(shared_path("corpus"), "graph_cases.json"), encoding="utf-8") as handle:
        record = next(r for r in json.load(handle)["cases"] if r["case"] == "cifar_lenet:LeNet()")
    case = graph_case(record, shared_path("corpus"))
    code = convert_file(case["source"], REPO_DIR)["code"]
    broken = code.replace("nn.Conv2d(6, 16, 5, pad_mode='valid'", "nn.Conv2d(6, 16, 5, pad_mode='same'")
    assert broken != code
    result = compare_model(case, case["source"], broken)
    assert result["status"] == "error"          # fc1 then receives the wrong number of features
    assert result["first_diverging_layer"] == "conv2: shape (1, 16, 14, 14) != torch's (1, 16, 10, 10)"
