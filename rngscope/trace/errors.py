"""The one error of a replay that cannot be done as asked."""
from __future__ import annotations

__all__ = ["ReplayError"]


class ReplayError(Exception):
    """The replay cannot be done as asked (exit code 2); the message is one paragraph."""
