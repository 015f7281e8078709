"""Each PyTensor corpus script, run by `rngscope run`, prints exactly what real PyTensor printed.

The corpus (pytensor-3/, recorded as its README says) is data: scripts and their stdout with memory
addresses masked. Skipped, with the reason, when pytensor cannot be imported.
"""
from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "pytensor-3"
TIMEOUT = 600  # seconds per case: the first run compiles with Numba
_ADDRESS = re.compile(rb"0x[0-9A-Fa-f]+")

try:
    import pytensor  # noqa: F401
    _MISSING = None
except ImportError as exc:
    _MISSING = f"pytensor is not importable ({exc}); pip install 'rngscope[pytensor]' runs these"

pytestmark = pytest.mark.skipif(_MISSING is not None, reason=_MISSING or "")


def mask(stdout: bytes) -> bytes:
    """stdout with every memory address as 0x... (dprint shows the Generator's)."""
    return _ADDRESS.sub(b"0x...", stdout)


def test_mask_hides_addresses_only():
    assert mask(b"RNG(<Generator(PCG64) at 0x7F36346619A0>) [id C] 0x\n") == \
        b"RNG(<Generator(PCG64) at 0x...>) [id C] 0x\n"


def test_the_corpus_has_every_case_its_readme_lists():
    listed = set(re.findall(r"^\| `(\w+)` \|", (CORPUS / "README.md").read_text(), re.M))
    assert listed == {s.stem for s in CORPUS.glob("*.py")} == {o.stem for o in CORPUS.glob("*.out")}


@pytest.mark.parametrize("script", sorted(CORPUS.glob("*.py")), ids=lambda p: p.stem)
def test_stdout_matches_pytensor(script, rngscope_process):
    proc = rngscope_process("run", script.name, cwd=script.parent, timeout=TIMEOUT)
    expected, actual = script.with_suffix(".out").read_bytes(), mask(proc.stdout)
    tail = "\n".join(proc.stderr.decode("utf-8", "replace").splitlines()[-15:])
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.decode().splitlines(True),
                                            actual.decode("utf-8", "replace").splitlines(True),
                                            fromfile="pytensor", tofile="rngscope"))
        pytest.fail(f"stdout differs:\n{diff}\nstderr (tail):\n{tail}", pytrace=False)
    assert proc.returncode == 0, tail
