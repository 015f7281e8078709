"""A ``numpy.random.RandomState`` that counts its own changes.

rngscope keeps every stream in one of these.  Each method that can change the
state (every draw, ``seed``, ``set_state``) bumps ``version``, so "has this
stream changed since I last looked?" costs one integer comparison instead of
reading the full state (about 55 us).  The compiled function uses it to skip
copying a state it only reads (``no_default_updates``); the replay recorder
uses it to fingerprint lazily.  It is a subclass, so ``isinstance(r,
numpy.random.RandomState)`` holds and its class is still named ``RandomState``.
"""
from __future__ import annotations

import numpy as np

__all__ = [
    "RandomState",
]

_READ_ONLY = {"get_state"}


class RandomState(np.random.RandomState):
    """numpy's legacy generator with a change counter (``version``)."""

    version = 0

    @classmethod
    def like(cls, other):
        """A tracked copy of any RandomState (same full state)."""
        copy = cls()
        copy.set_state(other.get_state())
        return copy


def _counting(name):
    base = getattr(np.random.RandomState, name)

    def method(self, *args, **kwargs):
        self.version += 1
        return base(self, *args, **kwargs)

    method.__name__ = name
    method.__qualname__ = f"RandomState.{name}"
    method.__doc__ = base.__doc__
    return method


for _name in dir(np.random.RandomState):
    if _name.startswith("_") or _name in _READ_ONLY:
        continue
    if callable(getattr(np.random.RandomState, _name)):
        setattr(RandomState, _name, _counting(_name))
RandomState.__setstate__ = _counting("__setstate__")

