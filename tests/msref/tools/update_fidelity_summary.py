"""Regenerate tests/msref/FIDELITY.md and tests/msref/fidelity/baseline.json from a fresh fidelity run.

Usage: /usr/bin/python3 tests/msref/tools/update_fidelity_summary.py [path/to/docstring_examples.json]
The baseline lists the trusted APIs; the test fails if any of them stops being trusted.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MSREF = os.path.dirname(HERE)
sys.path.insert(0, MSREF)

from fidelity.report import markdown  # noqa: E402
from fidelity.run import run_fidelity  # noqa: E402


def main():
    repo = os.path.dirname(os.path.dirname(MSREF))
    shared = os.environ.get("MINDCONVERTER_SHARED") or os.path.join(repo, "..", "shared")
    examples = sys.argv[1] if len(sys.argv) > 1 else os.path.join(shared, "msapi", "docstring_examples.json")
    result = run_fidelity(examples, os.path.join(MSREF, "results"))
    with open(os.path.join(MSREF, "FIDELITY.md"), "w", encoding="utf-8") as handle:
        handle.write(markdown(result))
    trusted = sorted(api for api, info in result["apis"].items() if info["trusted"])
    with open(os.path.join(MSREF, "fidelity", "baseline.json"), "w", encoding="utf-8") as handle:
        json.dump({"_doc": "APIs trusted at the last regeneration; the fidelity test fails if one stops being trusted.",
                   "trusted": trusted}, handle, indent=0)
        handle.write("\n")
    print(json.dumps(result["totals"]))


if __name__ == "__main__":
    main()
