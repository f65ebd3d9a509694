#!/usr/bin/python3
"""Instantiates generated graph-mode networks with msref (tests/msref/oracle: the test-only reference
of MindSpore semantics, NOT MindSpore) and prints the parameter names and shapes each network has,
as MindSpore names them (attribute paths, SequentialCell/CellList indices or OrderedDict keys).

stdin: JSON [[label, path.py], ...]; stdout: JSON {label: [[name, shape], ...] | {"error": text}}.
"""
import importlib.util
import json
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))))
sys.path.insert(0, os.path.join(REPO, 'tests', 'msref', 'oracle'))
import mindspore  # noqa: E402  (msref)

results = {}
for label, path in json.load(sys.stdin):
    try:
        spec = importlib.util.spec_from_file_location('generated', path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        cells = [v for v in vars(module).values()
                 if isinstance(v, type) and issubclass(v, mindspore.nn.Cell) and v.__module__ == module.__name__]
        network = cells[-1]()  # the network class comes last
        results[label] = [[p.name, list(p.shape)] for _, p in network.parameters_and_names()]
    except Exception as error:  # reported per network by the test
        results[label] = {'error': f'{type(error).__name__}: {error}'}
print(json.dumps(results))
