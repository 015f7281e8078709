"""Exact golden comparison shared by the tests (importable as ``golden``; see pyproject)."""
from __future__ import annotations

import os
from pathlib import Path


def assert_golden(actual: str, path: Path) -> None:
    """``actual`` equals the golden file at ``path``; on a mismatch, print what was found.

    With RNGSCOPE_UPDATE_GOLDENS=1 the file is rewritten first (review the diff before committing).
    """
    if os.environ.get("RNGSCOPE_UPDATE_GOLDENS"):
        path.write_text(actual, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        print(f"--- actual output for {path.name} (paste into {path} if it is right):")
        print(actual, end="")
        print("--- end")
    assert actual == expected
