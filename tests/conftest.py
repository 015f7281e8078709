"""Shared test helpers: run the `rngscope` command in a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run (CI must not go red on a new random
# example); HYPOTHESIS_PROFILE=explore draws fresh ones, for looking for new failures locally.
settings.register_profile("ci", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

REPO_ROOT = Path(__file__).resolve().parent.parent


def _env(**extra: str) -> dict[str, str]:
    """The current environment, with this source tree's rngscope importable first."""
    env = dict(os.environ, **extra)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    return env


@pytest.fixture
def rngscope_env():
    """Call as `rngscope_env(NAME="value")` -> environment for a subprocess using this source tree."""
    return _env


@pytest.fixture
def rngscope_process():
    """Call as `rngscope_process("run", "x.py", cwd=..., input=b"...")` -> CompletedProcess (bytes)."""

    def run(*args: str, cwd=None, input: bytes | None = None, timeout: float = 60, **env: str):
        return subprocess.run(
            [sys.executable, "-m", "rngscope", *args],
            cwd=cwd, input=input, capture_output=True, timeout=timeout, env=_env(**env),
        )

    return run


@pytest.fixture
def rngscope(rngscope_process):
    """Run `rngscope ARGS` in a subprocess with no colour settings inherited from outside."""
    def run(*args, **kwargs):
        env = {"NO_COLOR": "", "FORCE_COLOR": "", **kwargs.pop("env", {})}
        return rngscope_process(*args, **kwargs, **env)
    return run
