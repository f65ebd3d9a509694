"""Per-mapping equivalence (the PaConvert method), with the real converter and msref.

Every converted entry of mappings/*.json is called in small torch programs; the converter's
output runs on msref with the same inputs (and weights); results must agree in kind, dtype,
shape and value (rtol 1e-5, atol 1e-6 unless a case gives a looser tolerance with a reason).
"""
import json
import os
import warnings

import pytest

from conftest import MSREF_DIR, REPO_DIR, RESULTS_DIR

from equivalence.harness import run_equivalence, write  # noqa: E402
from equivalence.report import markdown  # noqa: E402


def _load(name):
    with open(os.path.join(MSREF_DIR, *name), encoding="utf-8") as handle:
        return json.load(handle)


@pytest.fixture(scope="module")
def equivalence():
    if not os.path.exists(os.path.join(REPO_DIR, "lib", "converter", "index.js")):
        pytest.skip("lib/ is not built: run `npm run build` (make test-msref does) to convert with the real core")
    trusted = set(_load(("fidelity", "baseline.json"))["trusted"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = run_equivalence(REPO_DIR, trusted)
    write(result, RESULTS_DIR)
    with open(os.path.join(RESULTS_DIR, "equivalence.md"), "w", encoding="utf-8") as handle:
        handle.write(markdown(result))
    return result


def test_no_conversion_differs_from_torch_except_the_known_reviewed_differences(equivalence):
    known = {(d["api"], d["target"]) for d in _load(("equivalence", "known_differences.json"))["differences"]}
    new = []
    for row in equivalence["rows"]:
        if row["status"] in ("different", "error") and (row["api"], row["target"]) not in known:
            case = next(c for c in row["cases"] if c["status"] in ("different", "error"))
            new.append(f"{row['api']} [{row['target']}] {case['run']!r} -> {case['converted'].split('# msref-run')[1].strip()!r}: "
                       f"{case.get('detail', '')}")
    assert not new, "conversions not equivalent to torch:\n" + "\n".join(new)


def test_known_differences_are_still_real(equivalence):
    status = {(row["api"], row["target"]): row["status"] for row in equivalence["rows"]}
    stale = [f"{d['api']} [{d['target']}]: now {status.get((d['api'], d['target']))}"
             for d in _load(("equivalence", "known_differences.json"))["differences"]
             if status.get((d["api"], d["target"])) not in ("different", "error")]
    assert not stale, "remove these from known_differences.json (fixed or gone):\n" + "\n".join(stale)


def test_entries_proven_equivalent_stay_equivalent(equivalence):
    now = {f"{row['api']}|{row['target']}" for row in equivalence["rows"] if row["status"] == "equivalent"}
    lost = [key for key in _load(("equivalence", "baseline.json"))["equivalent"] if key not in now]
    assert not lost, f"no longer proven equivalent: {lost}"
    assert equivalence["counts"]["trusted_target"]["equivalent"] > 0
