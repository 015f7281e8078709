"""The recorder's part for draw rows once calls are done: which node made each row, the
first row of each call, the replay step of a row (``States`` asks for it), and the hash of
every row's values, computed in one pass by ``finish`` after values a backend did not hand
over are matched by state or replayed (``unseen``).  A mixin of ``Recorder``, whose
attributes it uses (``draw_token``, ``_values``, ``_rows_at``, ``call_fn``, ``call_rows``,
``functions``, ``nodes``, ``states``, ``draw_digest_of``, ``_pending``).
"""
from __future__ import annotations

from bisect import bisect_right

import numpy as np

from rngscope.trace import unseen
from rngscope.trace.fingerprint import kept, value_digest
from rngscope.trace.states import NO_STEP

__all__ = ["DrawRows"]


class DrawRows:
    """Per draw row of finished calls: its node, its replay step, the hash of its values."""

    def hash_values(self, draw_node):
        """Per draw row, a hash of its values within this process, salted by its node's dtype
        and shape: every row's kept bytes (or hash of larger bytes) hashed in one pass, after
        values a backend did not hand over are matched by state or replayed (``unseen``)."""
        values = self._values
        found = None
        if values.count(None):
            unseen_rows = np.fromiter((v is None for v in values), bool, len(values))
            replay = np.flatnonzero(unseen_rows)
            if not self._pending:  # (else tokens may not yet tell equal states: replay all)
                steps = np.array([n.step for n in self.nodes] + [NO_STEP], np.int64)[draw_node]
                found = unseen.plan(self.states.canonical(np.frombuffer(self.draw_token, np.int64)),
                                    steps, unseen_rows)
                replay = found.replay
                for row in np.concatenate((found.matched, found.standing)).tolist():
                    values[row] = 0  # (its hash is set below)
            for row in replay.tolist():
                node = self.nodes[draw_node[row]]
                drawn = np.asarray(self.states.draw(self.draw_token[row], node.step))
                values[row] = kept(drawn.tobytes())
                self.draw_digest_of[row] = value_digest(drawn)  # replayed once: kept for printing
                if not node.salt:  # it never handed values over: its salt is the replay's
                    node.salt = hash((drawn.dtype.str, drawn.shape))
        salt = np.array([n.salt for n in self.nodes] + [0], np.int64)
        hashes = np.fromiter(map(hash, values), np.int64, len(values))
        self._values = None
        if not len(hashes):
            return hashes
        hashes ^= salt[draw_node]
        if found is not None:
            hashes[found.matched] = hashes[found.sources]
            hashes[found.standing] = found.stand_ins
        return hashes

    def _call_size(self, call):
        """How many draws a finished call made."""
        ids = self.call_rows.get(call)
        return len(ids) if ids is not None else self.functions[self.call_fn[call]].n_nodes

    def row_nodes(self, call):
        """The NodeInfo of each draw of a finished call, in order."""
        ids = self.call_rows.get(call)
        if ids is not None:
            return [self.nodes[i] for i in ids]
        return self.functions[self.call_fn[call]].nodes

    def _rows_to(self, calls):
        """``_rows_at`` (the first draw row of each call) known up to call ``calls``."""
        at = self._rows_at
        start = len(at) - 1
        if start >= calls:
            return
        sizes = np.array([f.n_nodes for f in self.functions] + [0], np.int64)[
            np.frombuffer(self.call_fn, np.int32, calls - start, start * 4)]
        for call, ids in self.call_rows.items():
            if start <= call < calls:
                sizes[call - start] = len(ids)
        at.frombytes((at[-1] + np.cumsum(sizes)).astype("<i8").tobytes())

    def step_of(self, row):
        """The replay step of draw ``row`` (of a finished call): its node's."""
        at = self._rows_at
        if at[-1] <= row:
            self._rows_to(len(self.call_fn))
        call = bisect_right(at, row) - 1
        ids = self.call_rows.get(call)
        if ids is not None:
            return self.nodes[ids[row - at[call]]].step
        return self.functions[self.call_fn[call]].nodes[row - at[call]].step
