"""The replay controller: what a replay does between calls besides recording them.

An observer installed after the recorder: before call I it loads a state file
(``--load-state``, before call 0), snapshots every stream (``--snapshot-before``)
and captures states to save (``--save-state --at``); after call J it restores
the snapshot (``--restore-after``).  Its writes are the recorder's actions
(``Recorder.write``), so they are recorded with their source and site.  An
error stops the script at once (``Abort``, which no ``except Exception`` in
the script can swallow).
"""
from __future__ import annotations

import sys

from rngscope.naming import bound_names, made_on, stream_names, with_local_names
from rngscope.observe import Observer
from rngscope.trace.errors import ReplayError

__all__ = ["Abort", "Controller", "names_now"]


class Abort(BaseException):
    """Stops the script from inside an observer; a BaseException so no `except Exception` eats it."""

    def __init__(self, error):
        super().__init__(str(error))
        self.error = error


class Controller(Observer):
    """Acts between calls (an observer installed after the recorder, so it hears of a call's
    end once the recorder has counted it): snapshots, restores, loads, saves.  Its writes are
    the recorder's actions (``Recorder.write``), recorded with their source and site."""

    def __init__(self, recorder, options, stream_names):
        self.recorder = recorder
        self.options = options
        self.stream_names = stream_names  # () -> [name per track], when a load needs them
        self.snapshot = None
        self.saved = None

    def on_call(self, fn, args, frame):
        self._act(self.before, self.recorder.n_calls)  # calls completed before this one

    def on_return(self, token, outputs):
        self._act(self.after, self.recorder.n_calls - 1)

    @staticmethod
    def _act(action, index):
        try:
            action(index)
        except ReplayError as error:  # stop the script, not just this call
            raise Abort(error) from None

    def before(self, index):
        options = self.options
        if index == 0 and options.load_state is not None:
            self.load(options.load_state)
        if index == options.snapshot_before and options.restore_after:
            self.snapshot = self.recorder.capture()
        if options.save and options.save_at == index:
            self.saved = self.recorder.capture()

    def after(self, index):
        if index in self.options.restore_after:
            self.restore(index)

    def restore(self, index):
        recorder = self.recorder
        site = recorder.call_site(index) if index < recorder.n_calls else -1
        for track, full in self.snapshot:
            recorder.write(track, track.ops.materialize(full), "restore-after", site)

    def load(self, doc):
        """Set every stream the document names; check them all first, so a mismatch changes nothing."""
        recorder = self.recorder
        names = self.stream_names()
        by_name = {name: track for name, track in zip(names, recorder.tracks)}
        plan = []
        for entry in doc.streams:
            track = by_name.get(entry.stream)
            if track is None:
                known = ", ".join(names) or "none"
                raise ReplayError(f"the state file has a stream {entry.stream!r} that the script does "
                                  f"not create (its streams: {known}); nothing was changed.")
            problem = entry.mismatch(track.value())
            if problem:
                raise ReplayError(f"the state file's stream {entry.stream!r} does not fit the "
                                  f"script's: {problem}; nothing was changed.")
            plan.append((track, entry))
        for track, entry in plan:
            recorder.write(track, entry.value(), "load-state")


def names_now(tracks, filename, assigned):
    """Stream names while the script ``filename`` runs (``rv_u.rng``), by the rule
    ``rngscope.session`` uses (``assigned``: the script's ``naming.assigned_names``)."""
    bound = bound_names(sys.modules.get("__main__"))
    made = [(t.variable, made_on(t.shared, filename)) for t in tracks if t.kind is not None]
    names = with_local_names(made, bound, assigned)
    return stream_names([(track.variable, track.kind) for track in tracks], names)
