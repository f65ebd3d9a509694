"""Fidelity of msref, measured: MindSpore's own docstring examples run against it.

Every example whose API msref implements runs in a worker process (examples flagged random,
device-specific or distributed are skipped; those judged wrong are excluded with a reason in
fidelity/exclusions.json). Results go to tests/msref/results/ (fidelity.json, fidelity.md).
"""
import json
import os

from conftest import MSREF_DIR, RESULTS_DIR, shared_path  # noqa: E402

from fidelity.report import markdown  # noqa: E402
from fidelity.run import code_id, load_exclusions, run_fidelity  # noqa: E402


def test_every_runnable_docstring_example_prints_what_mindspore_documents():
    result = run_fidelity(shared_path("msapi", "docstring_examples.json"), RESULTS_DIR)
    with open(os.path.join(RESULTS_DIR, "fidelity.md"), "w", encoding="utf-8") as handle:
        handle.write(markdown(result))
    bad = [f"{row['api']} [{row['code_id']}]: {row['status']}: {row.get('detail', '')}"
           for row in result["examples"] if row["status"] in ("fail", "error", "timeout")]
    assert not bad, "examples disagree with MindSpore's documented output:\n" + "\n".join(bad)
    with open(os.path.join(MSREF_DIR, "fidelity", "baseline.json"), encoding="utf-8") as handle:
        baseline = json.load(handle)["trusted"]
    lost = [api for api in baseline if not result["apis"].get(api, {}).get("trusted")]
    assert not lost, f"APIs no longer trusted: {lost}"
    assert result["totals"]["examples_run"] > 0


def test_every_exclusion_names_an_existing_example_and_gives_a_reason():
    with open(shared_path("msapi", "docstring_examples.json"), encoding="utf-8") as handle:
        records = json.load(handle)["records"]
    known = {(r["api"], code_id(r["code"])) for r in records}
    exclusions = load_exclusions()
    assert exclusions
    for key, reason in exclusions.items():
        assert key in known, f"exclusion {key} matches no docstring example"
        assert len(reason) > 40, f"exclusion {key} needs a real reason"
