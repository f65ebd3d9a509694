"""Per-mapping equivalence (the PaConvert method): each mapping entry's torch call and its
conversion, run on the same inputs, must give the same values, shapes and dtypes.

torch runs the original snippet; the real converter (lib/, via convert.js) converts it for each
target the entry has; msref runs the conversion. Layers get the torch layer's weights through
weights.copy_state. Per entry and target the status is one of: equivalent, different, error
(the converted code raised), not_converted (the converter left torch code), no_case (no snippet
torch accepts), not_a_call (module/optimizer methods, attributes: covered by model tests).
"""
import json
import os
import subprocess
import sys
import traceback

import numpy as np
import torch

from .cases import RANDOM_APIS, all_cases, load_mapping_entries, source, split_converted, still_torch
from .compare import difference, normalize
from .inputs import variants
from .weights import copy_state

HERE = os.path.dirname(os.path.abspath(__file__))


def _extras(arrays):
    x = arrays["x"]
    rng = np.random.default_rng(7)
    extra = {"mask": (x > 0.5) if x.dtype != bool else x}
    if x.ndim >= 2:
        extra["idx"] = rng.integers(0, x.shape[1], x.shape).astype(np.int64)
    else:
        extra["idx"] = rng.integers(0, x.shape[0], x.shape).astype(np.int64)
    return {**arrays, **extra}


def _torch_namespace(arrays):
    import torch.nn as nn
    import torch.nn.functional as F
    namespace = {"torch": torch, "nn": nn, "F": F}
    namespace.update({k: torch.from_numpy(np.array(v, copy=True)) for k, v in arrays.items()})
    return namespace


def _ms_namespace(arrays):
    from mindspore import Tensor
    return {k: Tensor(np.array(v, copy=True)) for k, v in arrays.items()}


def _set_modes(namespace, mode, torch_side):
    from mindspore import nn as msnn
    for value in namespace.values():
        if torch_side and isinstance(value, torch.nn.Module):
            value.train(mode == "train")
        elif not torch_side and isinstance(value, msnn.Cell):
            value.set_train(mode == "train")


def _randomize_state(namespace):
    generator = torch.Generator().manual_seed(5)
    for value in namespace.values():
        if isinstance(value, torch.nn.Module):
            for name, tensor in value.state_dict().items():
                if tensor.is_floating_point():
                    tensor.copy_(torch.rand(tensor.shape, generator=generator) + (0.5 if "var" in name else -0.5))


def run_torch(case, arrays, mode):
    torch.manual_seed(0)
    namespace = _torch_namespace(arrays)
    with torch.no_grad():
        exec(case["init"], namespace)  # noqa: S102 - test snippets
        if case.get("randomize"):
            _randomize_state(namespace)
        _set_modes(namespace, mode, True)
        exec(case["run"], namespace)  # noqa: S102
    return namespace


def run_converted(head, run, arrays, torch_namespace, mode):
    namespace = _ms_namespace(arrays)
    exec(head, namespace)  # noqa: S102 - the converter's output for a test snippet
    for name, value in torch_namespace.items():
        if isinstance(value, torch.nn.Module) and name in namespace:
            missing = copy_state(value, namespace[name])
            if missing:
                raise AssertionError(f"weights with no MindSpore counterpart: {missing}")
    _set_modes(namespace, mode, False)
    exec(run, namespace)  # noqa: S102
    return namespace


def _choose_variant(case, is_random):
    """(variant name, arrays, {mode: torch result}) for the first variant torch accepts, else None."""
    options = variants()
    if case.get("variant"):
        options = [v for v in options if v[0] == case["variant"]]
    for name, arrays in options:
        arrays = _extras(arrays)
        results = {}
        try:
            for mode in case.get("modes", ["eval"]):
                results[mode] = normalize(run_torch(case, arrays, mode)["result"])
        except Exception:  # noqa: BLE001 - torch rejecting a variant just means: try the next one
            continue
        return name, arrays, results
    return None


def convert_all(jobs, repo_dir):
    script = os.path.join(HERE, "convert.js")
    done = subprocess.run(["node", script], input=json.dumps(jobs), capture_output=True, text=True, check=True,
                          cwd=repo_dir)
    return {item["id"]: item for item in json.loads(done.stdout)}


def _targets(entry):
    targets = ["classic"] if entry.get("classic") else []
    if entry.get("mint"):
        targets.append("mint")
    return targets


def run_equivalence(repo_dir, trusted_apis):
    entries = load_mapping_entries(os.path.join(repo_dir, "mappings"))
    cases = all_cases(entries)
    prepared, jobs = [], []
    for api, entry in entries.items():
        if entry["status"] == "unsupported":
            continue
        for target in _targets(entry):
            target_api = (entry.get(target) or entry["classic"])["api"]
            prepared.append({"api": api, "target": target, "target_api": target_api,
                             "trusted": target_api in trusted_apis, "cases": []})
            for index, case in enumerate(cases.get(api, [])):
                chosen = _choose_variant(case, api in RANDOM_APIS)
                if chosen is None:
                    continue
                job_id = f"{api}|{target}|{index}"
                prepared[-1]["cases"].append((job_id, case, chosen))
                jobs.append({"id": job_id, "source": source(case), "target": target})
    converted = convert_all(jobs, repo_dir) if jobs else {}
    rows = [_judge(item, converted) for item in prepared]
    return _summary(rows, entries)


def _not_a_call(api):
    """Module/optimizer methods, device types and in-place initializers (covered by the model tests)."""
    in_place_init = api.startswith("torch.nn.init.") and api.endswith("_")
    return in_place_init or api.startswith(("torch.nn.Module.", "torch.optim.", "torch.utils.", "torch.cuda."))


def _judge(item, converted):
    row = {k: item[k] for k in ("api", "target", "target_api", "trusted")}
    if _not_a_call(item["api"]) or not item["cases"]:
        row["status"] = "not_a_call" if _not_a_call(item["api"]) else "no_case"
        return row
    row["cases"] = []
    for job_id, case, (variant, arrays, expected) in item["cases"]:
        out = converted[job_id]
        record = {"run": case["run"], "init": case["init"], "variant": variant, "converted": out["code"]}
        row["cases"].append(record)
        head, run = split_converted(out["code"])
        if still_torch(out["code"]) or any(e["kind"] == "unconvert" for e in out["entries"]):
            record["status"] = "not_converted"
            continue
        for mode, torch_result in expected.items():
            try:
                namespace = run_converted(head, run, arrays, run_torch(case, arrays, mode), mode)
                actual = normalize(namespace["result"])
            except Exception as error:  # noqa: BLE001 - the converted code failing is a finding
                record["status"] = "error"
                record["detail"] = "".join(traceback.format_exception_only(type(error), error)).strip()[-300:]
                break
            tolerance = case.get("tolerance", {})
            found = difference(torch_result, actual, tolerance.get("rtol", 1e-5), tolerance.get("atol", 1e-6),
                               values=item["api"] not in RANDOM_APIS)
            if found:
                record["status"] = "different"
                record["detail"] = f"{mode}: {found}"
                break
        else:
            record["status"] = "equivalent"
    statuses = {c["status"] for c in row["cases"]}
    for status in ("error", "different", "not_converted"):
        if status in statuses:
            row["status"] = status
            break
    else:
        row["status"] = "equivalent"
    return row


def _summary(rows, entries):
    counts = {}
    for row in rows:
        key = "trusted_target" if row["trusted"] else "untrusted_target"
        counts.setdefault(key, {}).setdefault(row["status"], 0)
        counts[key][row["status"]] += 1
    converted_entries = sum(1 for e in entries.values() if e["status"] != "unsupported")
    return {"converted_entries": converted_entries, "entry_targets": len(rows), "counts": counts, "rows": rows}


def write(result, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "equivalence.json"), "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=1)


_ = sys
