"""Regenerate tests/msref/EQUIVALENCE.md and tests/msref/equivalence/baseline.json (the entry/targets
proven equivalent; the test fails if one of them stops being equivalent).

Usage: /usr/bin/python3 tests/msref/tools/update_equivalence_summary.py   (needs `npm run build`)
"""
import json
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
MSREF = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(MSREF, "oracle"))
sys.path.insert(0, MSREF)

from equivalence.harness import run_equivalence, write  # noqa: E402
from equivalence.graph_models import fixture_cases, run_graph_models  # noqa: E402
from equivalence.models import run_models  # noqa: E402
from equivalence.report import FIXTURE_MODELS_INTRO, graph_markdown, markdown, models_markdown  # noqa: E402


def main():
    repo = os.path.dirname(os.path.dirname(MSREF))
    with open(os.path.join(MSREF, "fidelity", "baseline.json"), encoding="utf-8") as handle:
        trusted = set(json.load(handle)["trusted"])
    result = run_equivalence(repo, trusted)
    write(result, os.path.join(MSREF, "results"))
    shared = os.environ.get("MINDCONVERTER_SHARED") or os.path.join(repo, "..", "shared")
    models = run_models(os.path.join(shared, "corpus"), repo)
    with tempfile.TemporaryDirectory() as workdir:
        graph = run_graph_models(os.path.join(shared, "corpus"), repo, workdir)
        heavy = bool(os.environ.get("MSREF_HEAVY"))
        fixtures = run_graph_models(None, repo, os.path.join(workdir, "fixtures"), fixture_cases(repo, heavy=heavy))
    with open(os.path.join(MSREF, "EQUIVALENCE.md"), "w", encoding="utf-8") as handle:
        handle.write(markdown(result) + models_markdown(models) + graph_markdown(graph)
                     + graph_markdown(fixtures, "Model equivalence (graph mode): models beyond the corpus", FIXTURE_MODELS_INTRO))
    equivalent = sorted(f"{r['api']}|{r['target']}" for r in result["rows"] if r["status"] == "equivalent")
    with open(os.path.join(MSREF, "equivalence", "baseline.json"), "w", encoding="utf-8") as handle:
        json.dump({"_doc": "Entry|target pairs proven equivalent at the last regeneration.", "equivalent": equivalent},
                  handle, indent=0)
        handle.write("\n")
    print(json.dumps(result["counts"]))


if __name__ == "__main__":
    main()
