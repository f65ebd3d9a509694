"""msref is a test instrument: it lives only under tests/msref and never enters a package."""
import json
import os
import re

from conftest import MSREF_DIR, REPO_DIR

import mindspore


def test_the_oracle_says_what_it_is_everywhere():
    assert mindspore.IS_MSREF and "msref" in mindspore.__version__ and "not.mindspore" in mindspore.__version__
    oracle = os.path.join(MSREF_DIR, "oracle", "mindspore")
    for folder, _, files in os.walk(oracle):
        for name in files:
            if name.endswith(".py"):
                with open(os.path.join(folder, name), encoding="utf-8") as handle:
                    head = handle.read(400)
                assert "NOT MindSpore" in head, f"{name}: module docstring must say it is not MindSpore"


def test_no_mindspore_package_outside_tests_and_none_in_the_distributions():
    for folder, dirs, _ in os.walk(REPO_DIR):
        dirs[:] = [d for d in dirs if d not in ("node_modules", ".git", "tests", "lib", "build", "dist")]
        assert "mindspore" not in dirs, f"a mindspore package outside tests/: {folder}"
    with open(os.path.join(REPO_DIR, "package.json"), encoding="utf-8") as handle:
        files = json.load(handle).get("files", [])
    assert not [f for f in files if f.startswith("tests")]
    pyproject = os.path.join(REPO_DIR, "pyproject.toml")
    if os.path.exists(pyproject):
        with open(pyproject, encoding="utf-8") as handle:
            text = handle.read()
        for section in re.findall(r"\[tool\.hatch\.build[^\]]*\]([^\[]*)", text):
            assert "tests" not in section, "the wheel/sdist configuration must not include tests/"
