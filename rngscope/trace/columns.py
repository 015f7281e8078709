"""A ``Recording``'s numpy columns as Python reads them: ``Lists`` (a column made a list
once it is read often) and ``first_positions`` (where each value first appears)."""
from __future__ import annotations

import numpy as np

__all__ = ["Lists", "first_positions"]


class Lists:
    """A Recording's columns as Python lists, each made once it is read often
    (``Recording.lists``): its first reads look items up in its array (``_Few``), so that
    the few calls a collapsed text timeline prints make no list of every call."""

    FEW = 32  # reads of a column served from its array before it is made a list

    def __init__(self, recording):
        self._recording = recording
        self._reads = {}

    def __getattr__(self, name):  # (only for a column not made a list yet)
        if name.startswith("_"):
            raise AttributeError(name)
        column = getattr(self._recording, name)
        reads = self._reads[name] = self._reads.get(name, 0) + 1
        if reads <= self.FEW:
            return _Few(column)
        value = column.tolist()
        setattr(self, name, value)
        return value


class _Few:
    """A column read as a list for a few look-ups: an item is an int, a slice a list."""

    __slots__ = ("column",)

    def __init__(self, column):
        self.column = column

    def __getitem__(self, key):
        return self.column[key].tolist()

    def __len__(self):
        return len(self.column)


def first_positions(values):
    """Per position: the first position holding the same value."""
    if not len(values):
        return np.zeros(0, np.int64)
    order = np.argsort(values)  # (unstable, the fast one: each group's first is its minimum)
    ordered = values[order]
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    found = np.empty(len(values), np.int64)
    found[order] = np.repeat(np.minimum.reduceat(order, starts),
                             np.diff(np.append(starts, len(values))))
    return found
