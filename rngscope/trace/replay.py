"""The replay engine: run a script (or a ``--calls`` sequence) under the recorder.

Its parts have modules of their own: ``trace.calls`` parses ``--calls``,
``trace.controller`` acts between calls, ``trace.goto`` revisits a call, and
``rngscope.naming`` names results and streams as ``rngscope.session`` does.

``replay(source, options)`` runs the script with a ``Recorder`` installed and
returns a ``Replay``: the session (names of functions and streams), the
recorder and the ``Timeline`` of its events.  Options change the run:

- ``calls``: run the script once to get its definitions (every stream and
  shared variable is then put back as it was before the script's first call),
  then this sequence of calls instead of the script's own;
- ``restore_after`` / ``snapshot_before``: after each call J, set every stream
  back to its state before call I — on the script's own sequence by running it
  again with the restore injected (the controller observes the calls);
- ``load_state``: set the streams from a state document before the first call;
- ``save_at``: capture every stream's full state before call N (default: at
  the end) for a state file.

``goto(replay, n)`` revisits call N: every stream's state before it and its
draws, rebuilt from the nearest checkpoint by replaying draws.
"""
from __future__ import annotations

import copy
import io
from dataclasses import dataclass, field

from rngscope import backends
from rngscope.naming import ResultNames, assigned_names, updates_names
from rngscope.observe import Observer, observing
from rngscope.runner import ScriptSource
from rngscope.session import inspect_script
from rngscope.trace.calls import parse_calls
from rngscope.trace.controller import Abort, Controller, names_now
from rngscope.trace.errors import ReplayError
from rngscope.trace.events import Names, Timeline
from rngscope.trace.goto import goto
from rngscope.trace.recorder import Recorder
from rngscope.trace.recording import Recording
from rngscope.trace.states import CHECKPOINT_EVERY

__all__ = ["Options", "Replay", "ReplayError", "goto", "replay"]


@dataclass
class Options:
    calls: str | None = None
    snapshot_before: int = 0
    restore_after: tuple = ()
    load_state: object = None  # a statefile.StateDoc
    save_at: int | None = None  # None: the end (when save is True)
    save: bool = False
    argv: tuple = ()
    checkpoint_every: int = CHECKPOINT_EVERY
    lines: object = None  # a stream.LiveLines: the JSONL lines written as the calls are recorded


@dataclass
class Replay:
    source: ScriptSource
    session: object
    recording: Recording
    timeline: Timeline
    options: Options
    saved: list = field(default_factory=list)  # [(stream name, full state)] for --save-state


# -- running ------------------------------------------------------------------------------


def replay(source, options=None, output=None):
    """Run ``source`` under the recorder as ``options`` say; the script's prints go to ``output``.

    Raises:
        ReplayError: the options do not fit the script (unknown function, call index
            out of range, state file for other streams, a `--calls` call that fails).
        ScriptError: the script raised.
    """
    options = options or Options()
    if options.restore_after and min(options.restore_after) < options.snapshot_before:
        raise ReplayError(f"--restore-after {min(options.restore_after)} comes before "
                          f"--snapshot-before {options.snapshot_before}: there is no state to restore "
                          "yet at that point.")
    output = output if output is not None else io.StringIO()
    try:
        if options.calls is not None:
            session, recorder, controller = _replay_calls(source, options, output)
        else:
            session, recorder, controller = _replay_script(source, options, output)
    except Abort as abort:
        raise abort.error from None
    recording = recorder.finish()
    _check_reached(options, recording.n_calls)
    timeline = Timeline(recording, _names(source, session, recording))
    saved = []
    if options.save:
        captured = controller.saved if options.save_at is not None else _capture_end(recorder)
        saved = [(timeline.names.streams[track.index], full) for track, full in captured]
    return Replay(source, session, recording, timeline, options, saved)


def _capture_end(recorder):
    return [(track, track.ops.snapshot(track.value())) for track in recorder.tracks]


def _check_reached(options, n_calls):
    def check(option, index):
        if index >= n_calls:
            raise ReplayError(f"{option} {index}: the replay made only {n_calls} call"
                              f"{'' if n_calls == 1 else 's'} (numbered from 0).")

    for j in options.restore_after:
        check("--restore-after", j)
    if options.restore_after:
        check("--snapshot-before", options.snapshot_before)
    if options.save and options.save_at is not None:
        check("--at", options.save_at)


def _needs_controller(options):
    return bool(options.restore_after or options.load_state is not None
                or (options.save and options.save_at is not None))


def _replay_script(source, options, output):
    recorder = Recorder(source.filename, options.checkpoint_every)
    if options.lines is not None:
        recorder.stream_to(options.lines)
    controller = Controller(recorder, options, lambda: names_now(
        recorder.tracks, source.filename, assigned_names(source.text)))
    with recorder:
        if _needs_controller(options):
            with observing(controller):
                session = inspect_script(source, options.argv, output)
        else:
            session = inspect_script(source, options.argv, output)
    return session, recorder, controller


def _replay_calls(source, options, output):
    planned = parse_calls(options.calls)
    definitions = _Definitions()
    with observing(definitions):
        session = inspect_script(source, options.argv, output)
    functions = {f.name: f.function for f in session.functions}
    for call in planned:
        if call.function not in functions:
            known = ", ".join(functions) or "none"
            raise ReplayError(f"--calls: the script compiles no function named {call.function!r} "
                              f"(its functions: {known}).")
    definitions.restore()
    recorder = Recorder(None, options.checkpoint_every)
    for stream in session.streams:
        recorder.track(stream.shared, stream.variable, stream.kind)
    for compiled in session.functions:
        recorder.describe(compiled.function)
    if options.lines is not None:  # the calls are the session's: its names are known
        options.lines.fixed = {id(x.shared): x.name for x in session.streams}
        options.lines.fixed.update((id(f.function), f.name) for f in session.functions)
        recorder.stream_to(options.lines)
    names = [s.name for s in session.streams]
    controller = Controller(recorder, options, lambda: names)
    # the backend serves the calls as it served the script (PyTensor's calls are observed)
    serving = backends.serving(source.text, [f.function for f in session.functions])
    with recorder, serving:
        for index, call in enumerate(planned):
            controller.before(index)
            recorder.call_args[index] = call.text
            try:
                functions[call.function](*call.args, **dict(call.kwargs))
            except Exception as exc:
                message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
                raise ReplayError(f"--calls: call {index}, {call.function}({call.text}), failed: "
                                  f"{type(exc).__name__}: {message}") from None
            controller.after(index)
    return session, recorder, controller


class _Definitions(Observer):
    """Remembers every stream and shared variable as it was before the script's first call."""

    def __init__(self):
        self.values = {}  # id -> (shared variable, value)
        self.called = False
        self.built = []

    def keep(self, shared):
        if id(shared) not in self.values:
            ops = backends.states_of(shared)  # reads and sets any shared variable of its backend
            self.values[id(shared)] = (shared, copy.deepcopy(ops.read(shared)))

    def on_stream(self, shared, variable, kind):
        self.built.append((shared, False))
        if self.called:  # created after the first call: its definition state is now
            self.keep(shared)

    def on_build(self, fn):
        self.built.append((fn, True))
        if self.called:
            for shared in backends.describe(fn).shared_inputs:
                self.keep(shared)

    def on_call(self, fn, args, frame):
        if not self.called:
            self.called = True
            for item, is_function in self.built:
                for shared in backends.describe(item).shared_inputs if is_function else [item]:
                    self.keep(shared)

    def restore(self):
        for shared, value in self.values.values():
            backends.states_of(shared).write(shared, value)


def _names(source, session, recording):
    by_shared = {id(s.shared): s for s in session.streams}
    streams, kinds, seeds = [], [], []
    for track in recording.streams:
        stream = by_shared.get(id(track.shared))
        if stream is not None:
            streams.append(stream.name)
            kinds.append(stream.kind)
            seeds.append(stream.seed)
        else:
            streams.append(track.shared.name or f"stream#{track.index}")
            kinds.append(track.kind)
            seeds.append(None)
    by_fn = {id(f.function): f.name for f in session.functions}
    functions = tuple(by_fn.get(id(info.fn)) or backends.describe(info.fn).name
                      or f"function#{info.index}" for info in recording.functions)
    compiled = tuple((f.name, f.function) for f in session.functions)
    line_of = {id(f.function): f.line for f in session.functions}
    lines = tuple(line_of.get(id(info.fn)) for info in recording.functions)
    return Names(source.name, tuple(streams), functions, ResultNames(source.text),
                 tuple(kinds), tuple(seeds), compiled, lines, _loop_updates(session, recording))


def _loop_updates(session, recording):
    """{loop index: what the script calls the updates its scan returned}."""
    ops = [loop.node.op for loop in recording.loops if loop.node is not None]
    by_op = updates_names(session.module, ops)
    return {loop.index: by_op[id(loop.node.op)] for loop in recording.loops
            if loop.node is not None and id(loop.node.op) in by_op}
