"""The replay engine: run a script (or a ``--calls`` sequence) under the recorder.

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

import ast
import copy
import io
import sys
from dataclasses import dataclass, field

import numpy as np

from rngscope.observe import Observer, observing
from rngscope.runner import ScriptSource
from rngscope.session import inspect_script
from rngscope.trace.events import Names, Timeline
from rngscope.trace.recorder import Recorder, value_hash
from rngscope.trace.recording import Recording
from rngscope.trace.states import CHECKPOINT_EVERY, materialize, snapshot


class ReplayError(Exception):
    """The replay cannot be done as asked (exit code 2); the message is one paragraph."""


class _Abort(BaseException):
    """Stops the script from inside an observer; a BaseException so no `except Exception` eats it."""

    def __init__(self, error):
        super().__init__(str(error))
        self.error = error


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


@dataclass
class Replay:
    source: ScriptSource
    session: object
    recording: Recording
    timeline: Timeline
    options: Options
    saved: list = field(default_factory=list)  # [(stream name, full state)] for --save-state


# -- names from the script's source -------------------------------------------------


class ResultNames:
    """The variable a call's result is assigned to, read from the script's source with ``ast``.

    ``v1 = f()`` gives "v1"; ``nz_u, nz = nearly_zeros()`` gives one name per
    output; ``show("nz", nearly_zeros())`` gives nothing.  A call is matched by
    the exact position of its call expression (Python 3.11+), else by its line.
    """

    def __init__(self, text):
        self._at = {}
        self._on_line = {}
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError):
            return
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign):
                target = node.targets[0]
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                target = node.target
            else:
                continue
            call = node.value
            if not isinstance(call, ast.Call):
                continue
            callee = call.func.id if isinstance(call.func, ast.Name) else (
                call.func.attr if isinstance(call.func, ast.Attribute) else None)
            entry = (callee, target)
            self._at[(call.lineno, call.col_offset, call.end_lineno, call.end_col_offset)] = entry
            self._on_line.setdefault(call.lineno, []).append(entry)

    def __call__(self, site, function, n_outputs):
        none = (None, (None,) * n_outputs)
        if site is None:
            return none
        line, col, end_line, end_col = site
        if col is not None:
            entry = self._at.get((line, col, end_line, end_col))
        else:
            entries = [e for e in self._on_line.get(line, []) if e[0] == function]
            entry = entries[0] if len(entries) == 1 else None
        if entry is None or entry[0] != function:
            return none
        target = entry[1]
        if isinstance(target, ast.Tuple):  # `nz_u, nz = ...`, as the script writes it
            result = ", ".join(ast.unparse(e) for e in target.elts)
        else:
            result = ast.unparse(target)
        if isinstance(target, (ast.Tuple, ast.List)) and len(target.elts) == n_outputs > 1:
            return result, tuple(ast.unparse(e) for e in target.elts)
        if n_outputs == 1:
            return result, (result,)
        return result, tuple(f"{result}[{k}]" for k in range(n_outputs))


# -- `--calls` --------------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedCall:
    function: str
    args: tuple
    kwargs: tuple  # ((name, value), ...)
    text: str  # the arguments as written, for the timeline


def parse_calls(text):
    """``"f,f,h(1.5, [1, 2])"`` -> PlannedCalls; arguments are literals (``ast.literal_eval``)."""
    try:
        tree = ast.parse(f"({text},)", mode="eval")
    except SyntaxError:
        raise ReplayError(f"--calls {text!r} is not a comma-separated list of calls such as "
                          "'f,f,nearly_zeros' or 'h(1.5, [1, 2])'.") from None
    planned = []
    for element in tree.body.elts:
        if isinstance(element, ast.Name):
            planned.append(PlannedCall(element.id, (), (), ""))
            continue
        if not (isinstance(element, ast.Call) and isinstance(element.func, ast.Name)):
            raise ReplayError(f"--calls: {ast.unparse(element)!r} is not a function name or a "
                              "call of one with literal arguments.")
        try:
            if any(isinstance(a, ast.Starred) for a in element.args) or any(
                    k.arg is None for k in element.keywords):
                raise ValueError
            args = tuple(ast.literal_eval(a) for a in element.args)
            kwargs = tuple((k.arg, ast.literal_eval(k.value)) for k in element.keywords)
        except ValueError:
            raise ReplayError(f"--calls: the arguments of {ast.unparse(element)!r} must be Python "
                              "literals (numbers, strings, lists, tuples, dicts).") from None
        text_args = ", ".join([ast.unparse(a) for a in element.args]
                              + [f"{k.arg}={ast.unparse(k.value)}" for k in element.keywords])
        planned.append(PlannedCall(element.func.id, args, kwargs, text_args))
    if not planned:
        raise ReplayError("--calls needs at least one function name.")
    return planned


# -- the controller: injected restores, loaded and captured states ----------------------


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
            raise _Abort(error) from None

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
            recorder.write(track, materialize(full), "restore-after", site)

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
            problem = entry.mismatch(track.shared.storage[0])
            if problem:
                raise ReplayError(f"the state file's stream {entry.stream!r} does not fit the "
                                  f"script's: {problem}; nothing was changed.")
            plan.append((track, entry))
        for track, entry in plan:
            recorder.write(track, entry.value(), "load-state")


def _names_now(tracks):
    """Stream names while the script runs (``rv_u.rng``), by the rule ``rngscope.session`` uses."""
    module = sys.modules.get("__main__")
    bound = {}
    for key, value in vars(module).items() if module is not None else ():
        if not key.startswith("__"):
            bound.setdefault(id(value), key)
    counts, names = {}, []
    for track in tracks:
        name = bound.get(id(track.variable)) if track.variable is not None else None
        if name is None:
            kind = track.kind or "stream"
            counts[kind] = counts.get(kind, 0) + 1
            name = f"{kind}#{counts[kind] - 1}"
        names.append(f"{name}.rng")
    return names


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
    except _Abort as abort:
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
    return [(track, snapshot(track.shared.storage[0])) for track in recorder.tracks]


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
    controller = Controller(recorder, options, lambda: _names_now(recorder.tracks))
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
    names = [s.name for s in session.streams]
    controller = Controller(recorder, options, lambda: names)
    with recorder:
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
            self.values[id(shared)] = (shared, copy.deepcopy(shared.storage[0]))

    def on_stream(self, shared, variable, kind):
        self.built.append(shared)
        if self.called:  # created after the first call: its definition state is now
            self.keep(shared)

    def on_build(self, fn):
        self.built.append(fn)
        if self.called:
            for shared in fn.shared_inputs:
                self.keep(shared)

    def on_call(self, fn, args, frame):
        if not self.called:
            self.called = True
            for item in self.built:
                for shared in getattr(item, "shared_inputs", [item]):
                    self.keep(shared)

    def restore(self):
        for shared, value in self.values.values():
            shared.storage[0] = copy.deepcopy(value)


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
    functions = tuple(by_fn.get(id(info.fn)) or info.fn.name or f"function#{info.index}"
                      for info in recording.functions)
    compiled = tuple((f.name, f.function) for f in session.functions)
    return Names(source.name, tuple(streams), functions, ResultNames(source.text),
                 tuple(kinds), tuple(seeds), compiled)


# -- revisiting a call -----------------------------------------------------------------------


@dataclass(frozen=True)
class StreamAt:
    stream: str
    state: str
    detail: str  # "MT19937 position 8, no cached gaussian"
    checkpoint: str  # where its rebuild started
    replayed: int  # draws replayed from there


@dataclass(frozen=True)
class DrawAt:
    draw: int
    stream: str
    state: str
    digest: str
    values: object  # the array, or None when its parameters were not constants
    reproduced: bool


@dataclass(frozen=True)
class Goto:
    call: object  # events.Call
    streams: tuple
    draws: tuple

    def to_json(self):
        return {"event": "goto", "call": self.call.to_json(),
                "streams": [{"stream": s.stream, "state": s.state, "detail": s.detail,
                             "checkpoint": s.checkpoint, "replayed": s.replayed}
                            for s in self.streams],
                "draws": [{"draw": d.draw, "stream": d.stream, "state": d.state, "digest": d.digest,
                           "values": None if d.values is None else np.asarray(d.values).tolist(),
                           "reproduced": d.reproduced} for d in self.draws]}


def goto(result, call):
    """Call ``call`` revisited: the streams' states before it and its draws, rebuilt from checkpoints."""
    timeline, recording = result.timeline, result.recording
    if not 0 <= call < recording.n_calls:
        raise ReplayError(f"--goto {call}: the replay made {recording.n_calls} call"
                          f"{'' if recording.n_calls == 1 else 's'} (numbered from 0).")
    states = recording.states
    streams = []
    for track, token in zip(recording.streams, recording.tokens_before(call)):
        anchor, steps = states.anchor_of(token)
        point = timeline.point_of(anchor)
        streams.append(StreamAt(timeline.names.streams[track.index], states.fingerprint(token),
                                _detail(states.state(token)), point, steps))
    draws = []
    for d in recording.draws(call):
        values, reproduced = None, False
        if d.step >= 0:
            _, values = states.steps[d.step].apply(states.state(d.token, copy=True))
            values = np.asarray(values)
            reproduced = value_hash(values) == recording.draw_hash[d.row]
        draws.append(DrawAt(d.number, timeline.names.streams[d.stream], states.fingerprint(d.token),
                            recording.draw_digest(d.row).hex(), values, reproduced))
    return Goto(timeline.call(call), tuple(streams), tuple(draws))


def _detail(state):
    if isinstance(state, np.random.RandomState):
        _, _, pos, has_gauss, cached = state.get_state()
        gauss = f"cached gaussian {cached!r}" if has_gauss else "no cached gaussian"
        return f"MT19937 position {pos}, {gauss}"
    arr = np.asarray(state)
    return f"{arr.dtype} state matrix {'x'.join(map(str, arr.shape))}"
