"""Each Theano 1.0.5 golden script, run by `rngscope run`, prints exactly its recorded stdout.

The corpora in theano-1.0.5/ (public), theano-1.0.5-extra/ and theano-1.0.5-reach/ (ours) are read-only data. Cases listed in
known_failures.txt are strict xfails: once one passes, the list must shrink.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CORPORA = (HERE / "theano-1.0.5", HERE / "theano-1.0.5-extra", HERE / "theano-1.0.5-reach")
TIMEOUT = 120  # seconds per case


class StdoutDiffers(AssertionError):
    """rngscope's stdout is not the recorded one (what a known failure may do)."""


def known_failures() -> set[str]:
    lines = (HERE / "known_failures.txt").read_text(encoding="utf-8").splitlines()
    return {name for line in lines if (name := line.split("#", 1)[0].strip())}


def cases() -> list:
    expected_to_fail = known_failures()
    scripts = [s for corpus in CORPORA for s in sorted(corpus.glob("*.py"))]
    unknown = expected_to_fail - {f"{p.parent.name}/{p.stem}" for p in scripts}
    assert not unknown, f"known_failures.txt names cases that do not exist: {sorted(unknown)}"
    # only a differing stdout is the expected failure: a case that crashes (a script broken
    # as recorded) fails for real
    xfail = pytest.mark.xfail(strict=True, raises=StdoutDiffers, reason="listed in known_failures.txt")
    params = []
    for script in scripts:
        key = f"{script.parent.name}/{script.stem}"
        params.append(pytest.param(script, marks=[xfail] if key in expected_to_fail else [], id=key))
    return params


def diff(expected: bytes, actual: bytes) -> str:
    return "".join(difflib.unified_diff(
        expected.decode("utf-8", "replace").splitlines(keepends=True),
        actual.decode("utf-8", "replace").splitlines(keepends=True),
        fromfile="theano-1.0.5", tofile="rngscope",
    ))


@pytest.mark.parametrize("script", cases())
def test_stdout_matches_theano(script, rngscope_process):
    proc = rngscope_process("run", script.name, cwd=script.parent, timeout=TIMEOUT, PYTHONHASHSEED="0")
    expected = script.with_suffix(".out").read_bytes()
    stderr_tail = "\n".join(proc.stderr.decode("utf-8", "replace").splitlines()[-15:])
    if proc.returncode != 0:
        differs = "" if proc.stdout == expected else f"stdout differs:\n{diff(expected, proc.stdout)}\n"
        pytest.fail(f"exit code {proc.returncode}\n{differs}stderr (tail):\n{stderr_tail}", pytrace=False)
    if proc.stdout != expected:
        raise StdoutDiffers(f"stdout differs:\n{diff(expected, proc.stdout)}\nstderr (tail):\n{stderr_tail}")


def test_every_recording_holds_output():
    """An empty recording is a script that failed under Theano before printing anything."""
    empty = [f"{s.parent.name}/{s.name}" for corpus in CORPORA for s in sorted(corpus.glob("*.out"))
             if s.stat().st_size == 0]
    assert not empty, empty
