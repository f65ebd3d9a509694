"""pytest setup for the msref suite: the oracle's directory goes first on sys.path, so
``import mindspore`` in these tests (and in converted code they run) is msref, the test-only
reference, never a real MindSpore. Run this suite on its own (make test-msref)."""
import os
import sys

import pytest

MSREF_DIR = os.path.dirname(os.path.abspath(__file__))
ORACLE_DIR = os.path.join(MSREF_DIR, "oracle")
REPO_DIR = os.path.dirname(os.path.dirname(MSREF_DIR))
# ../shared next to the repository (CI); MINDCONVERTER_SHARED overrides it (e.g. for a worktree elsewhere).
SHARED_DIR = os.environ.get("MINDCONVERTER_SHARED") or os.path.join(REPO_DIR, "..", "shared")
RESULTS_DIR = os.path.join(MSREF_DIR, "results")

if ORACLE_DIR not in sys.path:
    sys.path.insert(0, ORACLE_DIR)


def shared_path(*parts):
    """A path under ../shared, or skip the test with a clear message when it is absent."""
    path = os.path.join(SHARED_DIR, *parts)
    if not os.path.exists(path):
        pytest.skip(f"{os.path.normpath(path)} is absent: this test reads ../shared (set MINDCONVERTER_SHARED to use another copy)")
    return path
