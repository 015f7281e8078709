"""Run a script once for inspection and learn its names.

``inspect_script`` executes a script on the engine (its prints go wherever the
caller says: stderr, or nowhere) and returns a ``Session``: the compiled
functions in definition order, each named after the variable it is bound to
(``f``, ``nearly_zeros``), and the random streams in creation order, each named
after its random variable (``rv_u.rng``; an unnamed one ``uniform#0.rng``); one
made inside a function body is named after the local variable it is assigned
to (``naming.local_names``).
"""
from __future__ import annotations

import contextlib
import io
import sys
from dataclasses import dataclass, field

from rngscope import backends
from rngscope.naming import (
    assigned_names, bound_names, made_on, stream_names, updates_names, with_local_names,
)
from rngscope.observe import Observer, observing
from rngscope.runner import ScriptSource, run_script


@dataclass
class CompiledFunction:
    """A function the script compiled: its index, name and the script line that built it."""

    index: int
    function: object
    name: str
    line: int | None


@dataclass
class Stream:
    """A random stream: the shared state variable, its random variable and names."""

    index: int
    shared: object
    variable: object
    kind: str
    name: str
    seed: int | None


@dataclass
class Session:
    source: ScriptSource
    module: object
    functions: list = field(default_factory=list)
    streams: list = field(default_factory=list)

    def function_named(self, name):
        for f in self.functions:
            if f.name == name:
                return f
        return None

    def stream_of(self, shared):
        for s in self.streams:
            if s.shared is shared:
                return s
        return None

    def updates_names(self):
        """{id(loop op): what the script calls the updates that loop's scan returned}."""
        ops = [loop.node.op for f in self.functions
               for loop in backends.describe(f.function).all_loops()]
        return updates_names(self.module, ops)


def script_line(filename):
    """The line of the innermost frame of the script ``filename`` on the current stack."""
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_filename == filename:
            return frame.f_lineno
        frame = frame.f_back
    return None


class _Definitions(Observer):
    """The functions and streams a script makes, in order, with the line that built each function."""

    def __init__(self, filename):
        self.filename = filename
        self.built, self.created = [], []
        self.seeds = {}  # id(shared) -> the seed its state was made from, read when first seen

    def on_build(self, function):
        self.built.append((function, script_line(self.filename)))
        for shared in backends.describe(function).streams:
            self._seed(shared)

    def on_stream(self, shared, variable, kind):
        self.created.append((shared, variable, kind))
        self._seed(shared)

    def _seed(self, shared):
        if id(shared) not in self.seeds:  # later states may be restored copies (no seed of theirs)
            self.seeds[id(shared)] = backends.states_of(shared).seed(shared)


def inspect_script(source, argv=(), output=None):
    """Run ``source`` once, recording compiled functions and streams; prints go to ``output``."""
    definitions = _Definitions(source.filename)
    sink = output if output is not None else io.StringIO()
    with observing(definitions), contextlib.redirect_stdout(sink):
        try:
            module = run_script(source, list(argv))
        except SystemExit as stop:
            if stop.code not in (None, 0):
                raise
            module = stop.script_module  # a clean sys.exit() ends the script, not the session
    return _name(Session(source, module), definitions.built, definitions.created,
                 definitions.seeds)


def _name(session, built, created, seeds):
    bound = bound_names(session.module)
    filename, assigned = session.source.filename, assigned_names(session.source.text)
    names = with_local_names([(fn, made_on(fn, filename)) for fn, _line in built], bound, assigned)
    names.update(with_local_names([(variable, made_on(shared, filename))
                                   for shared, variable, _kind in created], bound, assigned))
    stream_name = stream_names([(variable, kind) for _shared, variable, kind in created], names)
    for index, ((shared, variable, kind), name) in enumerate(zip(created, stream_name)):
        session.streams.append(Stream(index, shared, variable, kind, name, seeds.get(id(shared))))
    for index, (fn, line) in enumerate(built):
        name = names.get(id(fn)) or backends.describe(fn).name or f"function#{index}"
        session.functions.append(CompiledFunction(index, fn, name, line))
    _streams_drawn_from(session, names, seeds)
    return session


def _streams_drawn_from(session, names, seeds):
    """Streams the functions draw from that no stream factory made (a shared Generator of
    the script's own, ``pytensor.shared(np.random.default_rng(1))``): named as the script
    binds them (``rng``), else by their name, else ``stream#k``."""
    known = {id(s.shared) for s in session.streams}
    for cf in session.functions:
        for r in backends.describe(cf.function).random:
            shared = r.stream
            if shared is None or id(shared) in known:
                continue
            known.add(id(shared))
            index = len(session.streams)
            name = names.get(id(shared)) or shared.name or f"stream#{index}"
            session.streams.append(Stream(index, shared, r.draw, r.distribution, name,
                                          seeds.get(id(shared))))
