"""The tests' own folders never shadow a package: `tests` is on sys.path (pythonpath = tests).

A folder `tests/pytensor` once made `import pytensor` succeed without PyTensor installed, so
the PyTensor tests ran, instead of skipping, on a machine without the extra.
"""
from __future__ import annotations

import importlib.metadata
from pathlib import Path

TESTS = Path(__file__).resolve().parent
# the packages rngscope works with or beside, installed here or not
NAMES = {"click", "numba", "numpy", "pytensor", "rich", "rngscope", "scipy", "theano"}


def test_no_test_folder_is_named_like_a_package():
    installed = set(importlib.metadata.packages_distributions())
    folders = {p.name for p in TESTS.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))}
    assert not folders & (NAMES | installed)
