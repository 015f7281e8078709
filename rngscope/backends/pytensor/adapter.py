"""The real PyTensor runs the script; this adapter tells ``rngscope.observe`` what it did.

``observed_pytensor()`` patches PyTensor at its public boundary for the length of one run and
puts every attribute back on exit (also when the script raises):

- ``RandomStream.gen`` (every distribution method goes through it) -> ``on_stream(rng, draw, name)``;
- ``pytensor.function`` and ``Function.copy`` -> ``on_build(function)``;
- ``Function.__call__`` of a function built in the run -> ``on_call``, ``before_draw``,
  ``on_draw`` per random node (as ``description.describe`` finds them), ``on_return`` (or
  ``on_fail`` if the call raised);
- ``set_value`` of a shared Generator -> ``on_write(.., "set_value", ..)``, and
  ``RandomStream.seed`` -> one ``on_write(.., "seed", ..)`` per stream it re-seeds.

Draws are found from the compiled graph and the shared Generator storage, not by hooking an
op's ``perform``: PyTensor 3's default linker (Numba) never calls ``perform`` and wraps each
random variable in another op, while 2.25's C|Py linker does call it.  What every linker and
version share is the compiled ``FunctionGraph`` (nodes that take a Generator and give a new one)
and the shared variables' containers, which hold each stream's Generator after the call.  So for
each call: ``before_draw`` gets a stream's stored Generator before the call, ``on_draw`` gets it
after (the state the node left its stream in: unchanged when the function does not update it;
None for a node whose new state a later node of its chain drew from: never stored), and the
value is the function's output when the draw is one, else None (an intermediate value that a
compiled Numba or C graph does not keep).  A node whose Generator comes from another random
node (a chain) has no ``before_draw``: its input state was never stored.

Also for the run: ``warnings.warn`` tells ``on_warning`` of PyTensor's warnings about RNG
variables that are not updated (``RNG_WARNINGS``); ``pytensor.function`` keeps on the maker the
outputs and updates the script passed (``AS_WRITTEN``: PyTensor keeps only rewritten clones and
does not say which updates were explicit); functions built in an earlier run (``replay
--calls``) can be named to be observed too.
"""
from __future__ import annotations

import contextlib
import sys
import warnings

import numpy as np

from rngscope import observe
from rngscope.backends.description import RandomDesc
from rngscope.backends.pytensor.description import describe, mask_addresses

__all__ = ["observed_pytensor", "random_nodes"]


def _random_types():
    """The classes of a shared Generator variable and of its type (their module moved in 3.0)."""
    import pytensor

    shared = pytensor.shared(np.random.default_rng(0))
    return type(shared), type(shared.type)


def random_nodes(function):
    """``[(node, shared rng, direct, output index or None)]`` of a compiled function, in run order.

    ``direct`` says the node reads the stream's stored Generator (not one a node before it made);
    the index is where the node's draw is among the function's outputs (read from its
    ``description.describe``).
    """
    return [entry[:4] for entry in _random_nodes(function)]


def _random_nodes(function):
    """``random_nodes`` with a fifth field: does the stream hold this node's new state after the
    call (False for a node whose new state a later node or a loop drew from)?"""
    desc = describe(function)
    index = {node: k for k, node in enumerate(desc.out_draws) if node >= 0}
    continued = {r.source for r in desc.random if r.source is not None}
    continued.update(c.source.position for loop in desc.all_loops() for c in loop.carries
                     if isinstance(c.source, RandomDesc))
    found = []
    for r in desc.random:
        root = r
        while root.stream is None and root.source is not None:
            root = desc.random[root.source]
        if root.stream is None:
            continue
        found.append((r.node, root.stream, r.stream is not None, index.get(r.position),
                      r.position not in continued))
    return found


def _plan(function):
    """What a call tells the observer after it ran, in run order: ``("draw", node, shared rng,
    direct, output index, last)`` per random node, ``("loop", node, steps, plan of a step)``
    per loop whose step draws (a step's draws are heard without values or states: a compiled
    loop keeps neither)."""
    desc = describe(function)
    at = {id(node): k for k, node in enumerate(desc.order)}
    items = [(at[id(entry[0])], ("draw",) + entry) for entry in _random_nodes(function)]
    items += [(at[id(loop.node)], _loop_plan(loop)) for loop in desc.loops]
    return [item for _, item in sorted(items, key=lambda pair: pair[0])]


def _loop_plan(loop):
    at = {id(node): k for k, node in enumerate(loop.node.op.fgraph.toposort())}
    items = [(at[id(r.node)], ("draw", r.node, None, False, None, False)) for r in loop.random]
    items += [(at[id(inner.node)], _loop_plan(inner)) for inner in loop.loops]
    return ("loop", loop.node, int(loop.steps), [item for _, item in sorted(items, key=lambda p: p[0])])


def _tell(observer, plan, outputs):
    """The draws and loops of a call that just ran, in order (a loop's steps one by one)."""
    for item in plan:
        if item[0] == "draw":
            _, node, shared, _, index, last = item
            observer.on_draw(node, shared.get_value(borrow=True) if last else None,
                             None if index is None else outputs[index])
            continue
        _, node, steps, step_plan = item
        observer.on_loop(node, steps)
        for _ in range(steps):
            _tell(observer, step_plan, outputs)  # nested as deep as the loops are


class _Patches:
    """Attributes replaced for a run, put back in reverse order."""

    def __init__(self):
        self.saved = []

    def set(self, owner, name, value):
        self.saved.append((owner, name, owner.__dict__.get(name, _MISSING)))
        setattr(owner, name, value)

    def restore(self):
        while self.saved:
            owner, name, old = self.saved.pop()
            if old is _MISSING:
                delattr(owner, name)
            else:
                setattr(owner, name, old)


_MISSING = object()


class _Run:
    """The state of one observed run: the functions it built and the seeding in progress."""

    def __init__(self):
        self.nodes = {}  # id(function) -> (function, random_nodes(function))
        self.seeding = None  # the frame of a RandomStream.seed() call in progress
        self.generating = 0  # RandomStream.gen calls in progress (it updates what it makes)

    def built(self, function):
        self.nodes[id(function)] = (function, None)
        if observe.current is not None:
            observe.current.on_build(function)
        return function

    def nodes_of(self, function):
        held = self.nodes.get(id(function))
        if held is None or held[0] is not function:
            return None
        if held[1] is None:
            held = self.nodes[id(function)] = (function, _plan(function))
        return held[1]


@contextlib.contextmanager
def observed_pytensor(functions=()):
    """Run the block with PyTensor reporting to ``rngscope.observe.current``; calls of the
    functions it builds, and of ``functions`` (built in an earlier run), are reported."""
    import pytensor
    from pytensor.compile import Function
    from pytensor.tensor.random.utils import RandomStream

    shared_rng_class, _ = _random_types()
    run, patches = _Run(), _Patches()
    for known in functions:
        run.nodes[id(known)] = (known, None)
    original_function = pytensor.function

    def function(*args, **kwargs):
        frame = sys._getframe(1)
        with _warnings_from(frame):
            built = original_function(*args, **kwargs)
        written = _as_written(args, kwargs)
        if written is not None:  # on the maker: a Function has __slots__
            setattr(built.maker, AS_WRITTEN, written)
        return run.built(built)

    function.__doc__, function.__wrapped__ = original_function.__doc__, original_function
    for name in ("pytensor", "pytensor.compile", "pytensor.compile.function",
                 original_function.__module__):
        module = sys.modules.get(name)
        if module is not None and getattr(module, "function", None) is original_function:
            patches.set(module, "function", function)

    original_copy, original_call = Function.copy, Function.__call__

    def copy(self, *args, **kwargs):
        with _warnings_from(sys._getframe(1)):  # PyTensor's warnings name the script's line
            copied = original_copy(self, *args, **kwargs)
        return run.built(copied)

    def call(self, *args, **kwargs):
        observer = observe.current
        if observer is None:
            return original_call(self, *args, **kwargs)
        nodes = run.nodes_of(self)
        if nodes is None:  # a function PyTensor built for itself, or before the run
            return original_call(self, *args, **kwargs)
        token = observer.on_call(self, (*args, dict(kwargs)) if kwargs else args, sys._getframe(1))
        if observer.wants_state_before:
            for item in nodes:
                if item[0] == "draw" and item[3]:  # a direct draw: its stream holds its state
                    observer.before_draw(item[1], item[2].get_value(borrow=True))
        try:
            result = original_call(self, *args, **kwargs)
        except BaseException:
            observer.on_fail(token)  # its draws may have moved streams: the observer reads them
            raise
        outputs = list(result.values()) if isinstance(result, dict) else (
            list(result) if isinstance(result, (list, tuple)) else [result])
        _tell(observer, nodes, outputs)  # a chain's earlier states were never stored
        observer.on_return(token, outputs)
        return result

    original_gen, original_seed = RandomStream.gen, RandomStream.seed

    def gen(self, op, *args, **kwargs):
        run.generating += 1
        try:
            out = original_gen(self, op, *args, **kwargs)
        finally:
            run.generating -= 1
        if observe.current is not None:
            observe.current.on_stream(self.state_updates[-1][0], out, _distribution(op))
        return out

    def seed(self, *args, **kwargs):
        run.seeding = sys._getframe(1)
        try:
            return original_seed(self, *args, **kwargs)
        finally:
            run.seeding = None

    original_set_value = shared_rng_class.set_value

    def set_value(self, *args, **kwargs):
        before = self.get_value(borrow=True)
        original_set_value(self, *args, **kwargs)
        if observe.current is not None:
            source, frame = ("seed", run.seeding) if run.seeding is not None else (
                "set_value", sys._getframe(1))
            observe.current.on_write(self, before, source, frame)

    patches.set(Function, "copy", copy)
    patches.set(Function, "__call__", call)
    patches.set(RandomStream, "gen", gen)
    patches.set(RandomStream, "seed", seed)
    original_warn = warnings.warn

    def warn(message, category=None, stacklevel=1, source=None, **kwargs):
        observer = observe.current
        if observer is not None:
            caller = sys._getframe(1)
            if caller.f_globals.get("__name__", "").startswith("pytensor"):
                _heard(observer, message, category, caller, run)
        return original_warn(message, category, stacklevel + 1, source, **kwargs)

    patches.set(shared_rng_class, "set_value", set_value)
    patches.set(warnings, "warn", warn)  # PyTensor calls warnings.warn(...) through the module
    try:
        yield
    finally:
        patches.restore()


# PyTensor 3.0.7's warnings about RNG variables that are not updated (recorded with it: see
# tests/conformance/pytensor-3/README.md), each with what it means for the draws.
RNG_WARNINGS = (
    ("The no_default_updates parameter is deprecated",
     "the function compiled there leaves default updates out, so each stream it reads without "
     "advancing gives the same draw on every call"),
    ("has already been used. You probably want to use the new RandomGeneratorVariable",
     "a second draw from one RNG variable starts from the same state as the first; draw from "
     "the next RNG the first draw returned"),
    ("will still be mutated even though its update is being deleted",
     "the copy has no update, yet its random op advances the stream in place, so its calls "
     "still move the stream"),
    ("Calling a RandomVariable without an explicit rng is deprecated",
     "PyTensor made a shared Generator that nothing updates, so every call of a function "
     "drawing from it gives the same draw"),
    ("Scan return signature will change. Updates dict will not be returned",
     "scan returned the updates of the streams its loop draws from; a function compiled "
     "without them repeats the loop's draws on every call"),
    ("RandomVariable Ops will stop hiding the rng output",
     "the draw's next RNG was not returned, so nothing advances its Generator unless the "
     "function's updates say so"),
)
_HIDDEN_RNG = RNG_WARNINGS[-1][0]  # RandomStream.gen draws so, and updates the stream itself


def _heard(observer, message, category, frame, run):
    """Tell the observer of a PyTensor warning about RNG variables that are not updated."""
    if isinstance(message, Warning):
        category, text = type(message), str(message.args[0]) if message.args else str(message)
    else:
        category, text = category or UserWarning, str(message)
    for pattern, note in RNG_WARNINGS:
        if pattern in text and not (pattern == _HIDDEN_RNG and run.generating):
            observer.on_warning("PyTensor", category.__name__, mask_addresses(text), note, frame)
            return


AS_WRITTEN = "_rngscope_as_written"  # a Function's outputs and explicit updates as the script gave them


def _as_written(args, kwargs):
    """(outputs, [(shared, update)]) as passed to ``pytensor.function``, or None if unreadable.

    PyTensor keeps only clones of them, partly rewritten, and does not mark which updates were
    explicit; ``backends.describe`` reads these instead when a function was built in the run.
    """
    outputs = args[1] if len(args) > 1 else kwargs.get("outputs")
    updates = args[3] if len(args) > 3 else kwargs.get("updates")
    if outputs is None:
        outputs = []
    elif not isinstance(outputs, (list, tuple)):
        outputs = [outputs]
    outputs = [getattr(o, "variable", o) for o in outputs]  # Out(...) specs
    if updates is None:
        pairs = []
    elif hasattr(updates, "items"):
        pairs = list(updates.items())
    else:
        try:
            pairs = [tuple(pair) for pair in updates]
        except TypeError:
            return None
    if not all(len(pair) == 2 for pair in pairs):
        return None
    return list(outputs), pairs


def _distribution(op):
    """``"uniform"`` for ``pytensor.tensor.random.basic.uniform`` (an op or a function)."""
    return getattr(op, "name", None) or getattr(op, "__name__", type(op).__name__)


@contextlib.contextmanager
def _warnings_from(frame):
    """Warnings raised in the block as if the block were called from ``frame``.

    PyTensor warns with ``stacklevel=2`` (``no_default_updates`` is deprecated): through a wrapper
    that names the wrapper, and Python's default filters then hide a DeprecationWarning that
    ``python SCRIPT`` shows.  Each warning pointing here is re-issued at the script's line.
    """
    caught = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield
    finally:
        _reissue(caught, frame)


def _reissue(caught, frame):
    for w in caught:
        if w.filename == __file__:
            globals_ = frame.f_globals
            warnings.warn_explicit(w.message, w.category, frame.f_code.co_filename, frame.f_lineno,
                                   module=globals_.get("__name__"),
                                   registry=globals_.setdefault("__warningregistry__", {}),
                                   module_globals=globals_)
        else:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno,
                                   registry=_registries.setdefault(w.filename, {}))


_registries = {}  # filename -> the "already warned" registry Python keeps per module
