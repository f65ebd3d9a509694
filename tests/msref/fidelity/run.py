"""Run MindSpore's docstring examples against the msref oracle and judge each one.

``run_fidelity(examples_path, out_dir)`` selects the examples (skipping those flagged random,
device-specific or distributed, and those excluded as wrong in exclusions.json with a reason),
runs them in worker subprocesses (a hung or crashed example is killed and recorded, the rest go
on), compares outputs with the documented ones, and writes per-example and per-API results.
An API is *trusted* when at least one of its examples ran and all of them passed.
"""
import collections
import hashlib
import json
import os
import select
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.path.join(os.path.dirname(HERE), "oracle")
SKIP_FLAGS = ("random", "device_specific", "distributed")
TIMEOUT_SECONDS = float(os.environ.get("MSREF_EXAMPLE_TIMEOUT", "30"))

from .compare import compare  # noqa: E402


def code_id(code):
    return hashlib.sha1(code.encode("utf-8")).hexdigest()[:12]


def load_exclusions():
    with open(os.path.join(HERE, "exclusions.json"), encoding="utf-8") as handle:
        data = json.load(handle)
    return {(entry["api"], entry["code_id"]): entry["reason"] for entry in data["exclusions"]}


def resolve_implemented(apis):
    """The subset of API names that exist in the oracle (checked in a subprocess: no import here)."""
    script = (
        "import json, sys\n"
        f"sys.path.insert(0, {ORACLE!r})\n"
        "import importlib, mindspore\n"
        "found = []\n"
        "for api in json.load(sys.stdin):\n"
        "    parts = api.split('.')\n"
        "    obj = mindspore\n"
        "    try:\n"
        "        for part in parts[1:]:\n"
        "            obj = getattr(obj, part)\n"
        "        found.append(api)\n"
        "    except AttributeError:\n"
        "        pass\n"
        "print(json.dumps(found))\n")
    done = subprocess.run([sys.executable, "-c", script], input=json.dumps(sorted(apis)), capture_output=True,
                          text=True, check=True)
    return set(json.loads(done.stdout))


def _run_workers(tasks):
    """index -> worker result; a task that hangs past the timeout or kills its worker is recorded."""
    results = {}
    tasks_path = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"msref-tasks-{os.getpid()}.json")
    with open(tasks_path, "w", encoding="utf-8") as handle:
        json.dump(tasks, handle)
    start = 0
    try:
        while start < len(tasks):
            start = _run_one_worker(tasks_path, start, len(tasks), results)
    finally:
        os.unlink(tasks_path)
    return results


def _run_one_worker(tasks_path, start, total, results):
    worker = subprocess.Popen([sys.executable, os.path.join(HERE, "worker.py"), ORACLE, tasks_path, str(start)],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1)
    current, deadline = None, None
    try:
        while True:
            timeout = None if deadline is None else max(deadline - time.monotonic(), 0)
            ready, _, _ = select.select([worker.stdout], [], [], timeout)
            if not ready:
                results[current] = {"status": "timeout", "error": f"no result within {TIMEOUT_SECONDS:.0f}s"}
                return current + 1
            line = worker.stdout.readline()
            if not line:
                if current is not None and current not in results:
                    results[current] = {"status": "error", "error": f"worker died (exit {worker.wait()})"}
                    return current + 1
                return total
            message = json.loads(line)
            if message["status"] == "started":
                current, deadline = message["index"], time.monotonic() + TIMEOUT_SECONDS
            else:
                results[message["index"]] = message
                current, deadline = None, None
    finally:
        if worker.poll() is None:
            worker.kill()
        worker.wait()
        worker.stdout.close()


def run_fidelity(examples_path, out_dir):
    with open(examples_path, encoding="utf-8") as handle:
        records = json.load(handle)["records"]
    exclusions = load_exclusions()
    implemented = resolve_implemented({r["api"] for r in records})
    rows, tasks = [], []
    for record in records:
        row = {"api": record["api"], "code_id": code_id(record["code"]), "print_stmt": record["print_stmt"]}
        flags = [f for f in record["flags"] if f in SKIP_FLAGS]
        if flags:
            row["status"] = "skipped:" + ",".join(flags)
        elif (record["api"], row["code_id"]) in exclusions:
            row["status"] = "excluded"
            row["reason"] = exclusions[(record["api"], row["code_id"])]
        elif record["api"] not in implemented:
            row["status"] = "not_implemented"
        else:
            row["task"] = len(tasks)
            tasks.append({"code": record["code"]})
        rows.append((row, record))
    outcomes = _run_workers(tasks)
    for row, record in rows:
        if "task" not in row:
            continue
        outcome = outcomes.get(row.pop("task"), {"status": "error", "error": "no result"})
        if outcome["status"] == "ran":
            mismatch = compare(outcome["output"], record["expected"])
            row["status"] = "pass" if mismatch is None else "fail"
            if outcome.get("note"):
                row["note"] = outcome["note"]
            if mismatch:
                row["detail"] = mismatch
                row["output"] = outcome["output"][:600]
                row["expected"] = record["expected"][:600]
        else:
            row["status"] = outcome["status"]
            row["detail"] = outcome.get("error", "")
    return _write(rows, records, implemented, out_dir)


def _write(rows, records, implemented, out_dir):
    per_api = collections.OrderedDict()
    for row, _ in rows:
        entry = per_api.setdefault(row["api"], collections.Counter())
        entry[row["status"]] += 1
    summary = {}
    for api, counts in per_api.items():
        ran = counts["pass"] + counts["fail"] + counts["error"] + counts["timeout"]
        summary[api] = {"implemented": api in implemented, "ran": ran, "passed": counts["pass"],
                        "trusted": ran > 0 and counts["pass"] == ran, "counts": dict(counts)}
    totals = {
        "apis_with_examples": len(summary),
        "apis_implemented": sum(1 for s in summary.values() if s["implemented"]),
        "apis_trusted": sum(1 for s in summary.values() if s["trusted"]),
        "examples_run": sum(s["ran"] for s in summary.values()),
        "examples_passed": sum(s["passed"] for s in summary.values()),
        "examples_excluded": sum(1 for row, _ in rows if row["status"] == "excluded"),
    }
    os.makedirs(out_dir, exist_ok=True)
    result = {"totals": totals, "apis": summary, "examples": [row for row, _ in rows]}
    with open(os.path.join(out_dir, "fidelity.json"), "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=1)
    return result
