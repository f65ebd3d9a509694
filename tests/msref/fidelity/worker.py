"""Run docstring examples against the msref oracle; one JSON result line per example on stdout.

Usage: python3 worker.py ORACLE_DIR TASKS_JSON START
Each example's code runs statement by statement in a fresh namespace (like doctest); only the
output of the last top-level statement (the documented print or expression) is captured.
"""
import ast
import contextlib
import io
import json
import os
import resource
import sys
import traceback

_ORIGINAL_STDOUT = sys.stdout


def _limit_memory(gigabytes=6):
    limit = gigabytes * 1024 ** 3
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):
        pass


def _display(value):
    if value is not None:
        print(repr(value))


# Names the documented examples use without importing them (a doctest of the page would have them).
PRELUDE = ("import numpy as np\nimport mindspore\nimport mindspore as ms\nfrom mindspore import dtype as mstype\n"
           "from mindspore import Tensor, Parameter, nn, ops, mint\n")
_PRELUDE_NAMES = {"np", "mindspore", "ms", "mstype", "Tensor", "Parameter", "nn", "ops", "mint"}


def run_example(code, mindspore, with_prelude=False):
    """The text the last top-level statement prints (or displays, as an interactive session would).

    A last statement that only assigns ``name = ...`` (the docstring shows its value below it)
    displays that value.
    """
    tree = ast.parse((PRELUDE if with_prelude else "") + code)
    namespace = {"__name__": "__msref_example__"}
    body = tree.body
    mindspore.set_seed(0)
    sys.displayhook = _display
    for i, statement in enumerate(body):
        last = i == len(body) - 1
        compiled = compile(ast.Interactive(body=[statement]), "<example>", "single")
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            exec(compiled, namespace)  # noqa: S102 - MindSpore's documented examples, run in a test
            if last and isinstance(statement, ast.Assign) and len(statement.targets) == 1 \
                    and isinstance(statement.targets[0], ast.Name):
                _display(namespace[statement.targets[0].id])
        if last:
            return buffer.getvalue()
    return ""


def main():
    oracle, tasks_path, start = sys.argv[1], sys.argv[2], int(sys.argv[3])
    sys.path.insert(0, oracle)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import numpy  # noqa: F401 - imported before the memory limit
    import torch
    torch.set_num_threads(1)
    import mindspore
    _limit_memory()
    with open(tasks_path, encoding="utf-8") as handle:
        tasks = json.load(handle)
    for index in range(start, len(tasks)):
        _ORIGINAL_STDOUT.write(json.dumps({"index": index, "status": "started"}) + "\n")
        _ORIGINAL_STDOUT.flush()
        try:
            try:
                output = run_example(tasks[index]["code"], mindspore)
                result = {"index": index, "status": "ran", "output": output}
            except NameError as error:
                if error.name not in _PRELUDE_NAMES:
                    raise
                output = run_example(tasks[index]["code"], mindspore, with_prelude=True)
                result = {"index": index, "status": "ran", "output": output,
                          "note": f"the documented code does not import '{error.name}'; ran with the import prelude"}
        except BaseException as error:  # noqa: BLE001 - any failure of an example is a result
            lines = traceback.format_exception_only(type(error), error)
            result = {"index": index, "status": "error", "error": "".join(lines).strip()[-500:]}
        finally:
            sys.displayhook = sys.__displayhook__
        _ORIGINAL_STDOUT.write(json.dumps(result) + "\n")
        _ORIGINAL_STDOUT.flush()


if __name__ == "__main__":
    main()
