"""Fixtures for the command tests."""
from __future__ import annotations

import pytest


@pytest.fixture
def rngscope(rngscope_process):
    """Run `rngscope ARGS` in a subprocess with no colour settings inherited from outside."""
    def run(*args, **kwargs):
        env = {"NO_COLOR": "", "FORCE_COLOR": "", **kwargs.pop("env", {})}
        return rngscope_process(*args, **kwargs, **env)
    return run
