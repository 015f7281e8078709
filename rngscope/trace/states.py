"""Stream states as tokens: a lineage of anchors and draws, fingerprinted on demand.

A stream state is named by an int **token** rather than by its fingerprint
(reading a RandomState's full key costs 35-55 us).  An *anchor* token keeps a
full copy of its state (a stream's start, a write, a capture, every
``CHECKPOINT_EVERY`` draws); every other token is "the state after draw
``row``" (``AFTER + row``), whose parent is the state the draw was made at and
whose step replays it.  ``States`` rebuilds any state from its nearest anchor
and fingerprints it only when asked.  The recorder (``recorder.py``) decides
when tokens are made; this module only keeps and resolves them.  Full states
and steps are the backend's (``rngscope.backends.description``): each track
copies and rebuilds its states through ``track.ops``, and a step replays a draw.
"""
from __future__ import annotations

import numpy as np

from rngscope.trace.fingerprint import LENGTH, fingerprint

CHECKPOINT_EVERY = 1000  # replay at most this many draws to rebuild a state
NO_STEP = -1
AFTER = 1 << 40  # token AFTER + row: the state after draw ``row``
_SCANS_BEFORE_INDEX = 64  # successor look-ups by scanning before a dict of every row is built


# -- the token table -----------------------------------------------------------------


class States:
    """Tokens naming stream states; fingerprints and full states computed on demand.

    Anchor tokens count up from 0; ``AFTER + row`` is the state after draw
    ``row``: its parent is ``draw_token[row]`` and ``step_of(row)`` replays it
    (the recorder knows; ``complete()`` says how many rows it can tell).
    """

    def __init__(self, draw_token, step_of, complete, checkpoint_every=CHECKPOINT_EVERY,
                 kept=None):
        self.draw_token, self.step_of, self.complete = draw_token, step_of, complete
        # a ``pcg_state.Kept``: states after draws read as they happened, or None; they give
        # fingerprints (a rebuild, as ``--goto`` tells it, still replays from an anchor)
        self.kept = kept
        self.checkpoint_every = checkpoint_every
        self.n_anchors = 0
        self.full = {}  # anchor token -> full state
        self.anchor_track = {}  # anchor token -> track index
        self.fp = {}  # token -> fingerprint, once computed
        self.alias = {}  # token -> an older token with the same state
        self.by_fp = {}  # fingerprint -> first token seen with it
        self.steps = []  # step id -> the backend's Step
        self.tracks = []  # track index -> Track
        self._children = {}  # (token, step) -> the first state after that step from it
        self._indexed = 0  # draw rows already in _children
        self._cursors = {}  # token -> (track index, live state): one per track, O(1) rebuilds
        self._row_steps = np.zeros(0, np.int64)  # per draw row its step, once recording ended
        self._lookups = 0  # successor look-ups scanned in the columns so far

    def anchor(self, track, value=None, full=None, token=None):
        """An anchor holding a full copy of ``value`` (or the snapshot ``full``).

        ``token`` makes an after-draw state an anchor (a checkpoint) instead of a new token.
        """
        if token is None:
            token = self.n_anchors
            self.n_anchors += 1
        self.full[token] = track.ops.snapshot(value) if full is None else full
        self.anchor_track[token] = track.index
        track.budget = self.checkpoint_every
        return token

    def parent(self, token):
        return self.draw_token[token - AFTER]

    def step(self, token):
        row = token - AFTER
        if row < len(self._row_steps):  # a finished recording's column
            return int(self._row_steps[row])
        return self.step_of(row)

    def successor(self, token, step):
        """The known state after ``step`` from ``token``, or None."""
        children = self._children
        known = children.get((token, step))
        if known is not None or self._indexed >= self.complete():
            return known
        if len(self._row_steps) and self._lookups < _SCANS_BEFORE_INDEX:
            # a finished recording: a few look-ups scan its columns, many build the index
            self._lookups += 1
            start = self._indexed
            tokens = np.frombuffer(self.draw_token, np.int64)[start:len(self._row_steps)]
            hits = np.flatnonzero((tokens == token) & (self._row_steps[start:] == step))
            if not len(hits):
                return None
            return children.setdefault((token, step), AFTER + start + int(hits[0]))
        rows, complete = self.draw_token, self.complete()
        if len(self._row_steps):
            keys = zip(rows[self._indexed:complete].tolist(),
                       self._row_steps[self._indexed:complete].tolist())
            for row, key in enumerate(keys, self._indexed):
                children.setdefault(key, AFTER + row)
        else:
            for row in range(self._indexed, complete):
                children.setdefault((rows[row], self.step_of(row)), AFTER + row)
        self._indexed = max(self._indexed, complete)
        return children.get((token, step))

    def forget_rows_from(self, row):
        """Forget every state after draw ``row`` or later: the draws of a call that raised
        were dropped, and their rows go to the next draws (of any stream), so a state,
        successor or fingerprint learnt for those rows would name another stream's state."""
        first = AFTER + row
        self._children = {k: v for k, v in self._children.items() if v < first and k[0] < first}
        for known in (self.fp, self.full, self.anchor_track, self._cursors):
            for token in [t for t in known if t >= first]:
                del known[token]
        self.alias = {t: o for t, o in self.alias.items() if t < first}
        self.by_fp = {f: t for f, t in self.by_fp.items() if t < first}
        self._indexed = min(self._indexed, row)

    def note_child(self, token, step, child):
        """``child`` is the state after ``step`` from ``token`` (learnt while recording, so
        a state revisited within the same call is known at once)."""
        self._children.setdefault((token, step), child)

    def index_steps(self, tokens, steps):
        """Take every row's step from a finished recording's column, so ``step`` and
        ``successor`` need not ask ``step_of`` row by row."""
        self._row_steps = np.asarray(steps, np.int64)

    def find(self, token):
        """The canonical (oldest) token of the state ``token`` names."""
        alias = self.alias
        while token in alias:
            token = alias[token]
        return token

    def canonical(self, tokens: np.ndarray) -> np.ndarray:
        """``find`` of every token of an array (the aliases are few)."""
        alias = self.alias
        if not alias or not len(tokens):
            return tokens
        mask = np.isin(tokens, np.fromiter(alias, np.int64, len(alias)))
        if not mask.any():
            return tokens
        out = tokens.copy()
        out[mask] = [self.find(int(t)) for t in tokens[mask]]
        return out

    def merge(self, a, b):
        """Record that two tokens name equal states; return the canonical one."""
        a, b = self.find(a), self.find(b)
        if a == b:
            return a
        keep, gone = (a, b) if a < b else (b, a)
        self.alias[gone] = keep
        for track in self.tracks:
            if track.token == gone:
                track.token = keep
        return keep

    def fingerprint(self, token):
        """The fingerprint of a token's state (rebuilt from its anchor the first time)."""
        fp = self.fp.get(token)
        if fp is None:
            full = self.full.get(token)
            if full is None and token >= AFTER and self.kept is not None:
                fp = self.kept.fingerprint(token - AFTER, LENGTH)  # read as it happened
            if fp is None:
                fp = fingerprint(full if full is not None else self.state(token))
            self.fp[token] = fp
            other = self.by_fp.setdefault(fp, token)
            if other != token:
                self.merge(token, other)
        return fp

    def known(self, fp):
        """The canonical token whose state has fingerprint ``fp``, if one was computed."""
        token = self.by_fp.get(fp)
        return None if token is None else self.find(token)

    def anchor_of(self, token):
        """(anchor token, draws replayed from it) that rebuild ``token``."""
        steps = 0
        while token not in self.full:
            token = self.parent(token)
            steps += 1
        return token, steps

    def track_of(self, token):
        """The index of the stream a token belongs to."""
        return self.anchor_track[self.anchor_of(token)[0]]

    def state(self, token, copy=False):
        """The state a token names, replayed from its nearest anchor or its stream's cursor."""
        chain = []
        t = token
        while t not in self.full and t not in self._cursors:
            chain.append(t)
            t = self.parent(t)
        if t in self._cursors:
            track, state = self._cursors.pop(t)
        else:
            track = self.anchor_track[t]
            state = self.tracks[track].ops.materialize(self.full[t])
            for old in [k for k, v in self._cursors.items() if v[0] == track]:
                del self._cursors[old]
        for t in reversed(chain):
            state, _ = self.steps[self.step(t)].apply(state)
        self._cursors[token] = (track, state)
        if copy:
            ops = self.tracks[track].ops
            return ops.materialize(ops.snapshot(state))
        return state

    def draw(self, token, step):
        """The values of ``step`` drawn at ``token``'s state (replayed; the cursor moves on)."""
        state = self.state(token)
        track = self._cursors.pop(token)[0]
        new, values = self.steps[step].apply(state)
        child = self.successor(token, step)
        if child is not None:  # a rebuild of the next state starts here
            self._cursors[child] = (track, new)
        return values

    def make_anchor(self, token, full, track):
        """Keep a full state for ``token`` (a capture): cheap to revisit, fingerprint known."""
        if token not in self.full:
            self.full[token] = full
            self.anchor_track[token] = track.index
        self.fingerprint(token)


# -- streams and functions -------------------------------------------------------------
