"""The recorder's part for stream states set other than by draws: a user's ``set_value`` /
``seed`` (``on_write``), the replay's own writes (``--restore-after``, ``--load-state``), and
full captures of every stream (``capture``).  A state set from outside becomes a known token
when its fingerprint is known, else a new anchor (``trace/states.py``).  A mixin of
``Recorder``, whose attributes it uses (``states``, ``tracks``, ``writes``, ``lines``).
"""
from __future__ import annotations

from rngscope import backends
from rngscope.trace.fingerprint import fingerprint
from rngscope.trace.followed import Write
from rngscope.trace.recording import WarningRecord

__all__ = ["StateWrites"]


class StateWrites:
    """Writes to streams outside calls, and warnings, as the recorder keeps them."""

    def _known_or_anchor(self, track, value):
        """The token of a state set from outside: a known one if its fingerprint is known."""
        states = self.states
        full = track.ops.snapshot(value)
        fp = fingerprint(full)
        known = states.known(fp)
        if known is not None:
            return known
        token = states.anchor(track, full=full)
        track.newest = token
        states.fp[token] = fp
        states.by_fp[fp] = token
        self._pending.append(token)
        return token

    def on_warning(self, library, category, message, note, frame):
        site = -1
        if frame is not None and self.script_filename is not None:
            site = self._site_of(frame)
        self.warnings.append(WarningRecord(self.n_calls, library, category, message, note, site))

    def on_write(self, shared, before_value, source, frame):
        self._flush()
        track = self._by_shared.get(id(shared))
        if track is None:
            if not self._is_stream(shared):
                return
            intact = before_value is not None and before_value is not backends.states_of(shared).read(shared)
            track = self.track(shared, value=before_value if intact else None)
        site = -1
        if frame is not None and self.script_filename is not None:
            site = self._site_of(frame)
        self._written(track, source, site)

    def write(self, track, value, source, site=-1):
        """Set a stream on the replay's behalf (``restore-after``, ``load-state``) and record it;
        ``site`` is the site id the timeline shows for it."""
        self._flush()
        track.ops.write(track.shared, value)
        self._written(track, source, site)

    def _written(self, track, source, site):
        before = track.token
        track.token = after = self._known_or_anchor(track, track.value())
        self.writes.append(Write(self.n_calls, track.index, site, source, before, after))
        if self.lines is not None:
            self._stop_lines()  # a hot function's lines read the stream's state object anew:
            self._unquiet()  # its next call enters again
            self._mode_fn = None
            self.lines.write(self.writes[-1], self.sites[site][0] if site >= 0 else None)

    def capture(self):
        """Full copies of every stream's current state, which also become cheap anchors."""
        self._flush()
        captured = []
        for track in self.tracks:
            full = track.ops.snapshot(track.value())
            self.states.make_anchor(track.token, full, track)
            captured.append((track, full))
        return captured
