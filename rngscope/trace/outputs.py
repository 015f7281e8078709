"""Outputs that are not draws: kept as bytes while recording, hashed in one pass, digested if shown.

A call's result that is not one of its draws (``nearly_zeros``'s ``0.0``) is compared with
every earlier result by a hash of its values, and printed (JSON, JSONL, HTML) by a stable
digest.  Computing both per call cost more than the rest of the call's recording, so
``KeptOutputs`` (the recorder's) keeps each small value's bytes and a small int for its dtype
and shape (``fingerprint.SMALL``: larger ones are hashed and digested as they come);
``finish`` turns it into ``Outputs`` (the recording's): every value hashed at once
(``fingerprint.output_entry``, equal to ``value_hash``), each digest computed when first asked.
"""
from __future__ import annotations

from array import array

import numpy as np

from rngscope.trace.fingerprint import SMALL, output_entry, value_digest, value_hash

__all__ = ["KeptOutputs", "Outputs"]


class KeptOutputs:
    """The non-draw outputs of the calls recorded so far, in call order."""

    def __init__(self):
        self.calls = array("q")  # per value: its call
        self.ks = array("i")  # ... its output position
        self.kinds = array("i")  # ... its (dtype, shape), an index into ``keys``
        self.data = []  # ... its bytes, or (value_hash, value_digest) of a large one
        self.keys = {}  # (dtype str, shape) -> index

    def keep(self, call, k, out):
        if out.__class__ is not np.ndarray:
            out = np.asarray(out)
        data = out.tobytes()
        key = (out.dtype.str, out.shape)
        kind = self.keys.get(key)
        if kind is None:
            kind = self.keys[key] = len(self.keys)
        self.calls.append(call)
        self.ks.append(k)
        self.kinds.append(kind)
        self.data.append(data if len(data) <= SMALL else (value_hash(out), value_digest(out)))

    def value(self, call, k):
        """(value_hash, value_digest) of output ``k`` of ``call`` (asked for recent calls)."""
        i = len(self.calls) - 1
        while self.calls[i] != call or self.ks[i] != k:
            i -= 1
        return output_entry(self.data[i], list(self.keys)[self.kinds[i]])

    def finish(self, outs_at) -> Outputs:
        """The recording's ``Outputs``: ``outs_at`` are the offsets of each call's outputs."""
        keys = list(self.keys)
        salts = np.array([hash(key) for key in keys] + [0], np.int64)
        kinds = np.array(self.kinds, np.int32)
        hashes = np.fromiter((hash(d) if d.__class__ is bytes else 0 for d in self.data),
                             np.int64, len(self.data)) ^ salts[kinds]
        for i, d in enumerate(self.data):
            if d.__class__ is not bytes:  # a large value, hashed as it came
                hashes[i] = d[0]
        positions = (outs_at[np.array(self.calls, np.int64)] + np.array(self.ks, np.int64)
                     if len(self.data) else np.zeros(0, np.int64))
        return Outputs(positions, hashes, self.data, kinds, keys)


class Outputs:
    """The kept values by output position (the recording's column ``outs_at`` lays out):
    their value hashes, and their digests, each computed from its bytes when first asked."""

    def __init__(self, positions, hashes, data, kinds, keys):
        self.positions, self.hashes = positions, hashes
        self._data, self._kinds, self._keys = data, kinds, keys
        self._digests = {}

    def digest(self, position):
        digest = self._digests.get(position)
        if digest is None:
            i = int(np.searchsorted(self.positions, position))
            digest = self._digests[position] = output_entry(
                self._data[i], self._keys[self._kinds[i]])[1]
        return digest
