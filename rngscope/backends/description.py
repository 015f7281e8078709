"""What the recorder, the findings and the printers know of a backend's graphs and streams.

A backend (rngscope's engine for ``import theano``, the real PyTensor for ``import pytensor``)
runs the script's graphs; everything above it reads them only through these records, so
printing and trace know streams, draws, calls and writes, not which backend made them:

- ``FunctionDesc``: a compiled function — its graph (outputs, toposort, input names; the same
  as written before rewrites), the streams it reads, the updates it applies, and its random
  nodes in run order;
- ``RandomDesc``: one random node — the variable it draws from and the stream that is (or the
  node whose new state it continues), its distribution, size and parameters, which output is
  its draw and which its new state, and the ``Step`` that replays one draw;
- ``LoopDesc``: a loop whose step draws (a ``scan``): its node (``on_loop`` is given it), its
  number of steps as the graph gives it, each random state it carries from step to step
  (``CarryDesc``: a copy of a stream as the loop starts, advanced by the step's draw) and the
  step's random nodes (``RandomDesc`` whose ``carry`` is the state they draw from);
- ``Graph``: how to read the backend's graph nodes (which are random, a leaf's kind and text,
  a constant's value, how often a fused node reads an input);
- ``StreamStates``: how a stream's state is read, set, copied, rebuilt and described.

``rngscope.backends.describe(fn)``, ``graph_of(variable)`` and ``states_of(shared)`` give the
right backend's records.  The implementations are ``backends.engine`` and
``backends.pytensor.description``.
"""
from __future__ import annotations

import dataclasses
import functools

__all__ = ["CarryDesc", "FunctionDesc", "Graph", "LoopDesc", "RandomDesc", "Step", "StreamStates",
           "UpdateDesc", "in_place_updates", "loop_start"]


class Step:
    """One replayable draw: ``apply(state) -> (new state, values)``; equal ``key``s, equal steps.

    ``apply`` may change ``state`` in place (the replayer owns its copy).
    """

    __slots__ = ("key",)

    def __init__(self, key):
        self.key = key

    def apply(self, state):
        raise NotImplementedError


@dataclasses.dataclass(frozen=True, eq=False)
class RandomDesc:
    """A random node of a compiled (or as-written) graph."""

    node: object
    position: int  # among the function's random nodes, in run order
    distribution: str  # "uniform"
    rng: object  # the variable it draws from
    stream: object | None  # the shared stream variable ``rng`` is, or None
    source: int | None  # the position of the node whose new state ``rng`` is (a chain), or None
    size: object | None  # the size variable (None: the backend has none)
    params: tuple  # the distribution's parameter variables
    new_state: object  # the output holding the stream's next state
    draw: object  # the output holding the values
    step: Step | None  # replays one draw; None when the parameters are not constants
    keeps_state: bool  # an update or a later node reads ``new_state``
    observed: bool = True  # the backend hands ``on_draw`` its values (a compiled Numba or C
    # graph keeps no intermediate value: only a draw that is an output is seen)
    values_read: bool = True  # something reads ``draw`` (else it draws only to advance a stream)
    carry: object = None  # in a loop's step: the CarryDesc whose state it draws from
    # its values are read elementwise (a mask: dropout, corruption), not only by products
    # and reductions (a Gibbs chain's binomial sample feeds a dot)
    elementwise: bool = True


@dataclasses.dataclass(frozen=True, eq=False)
class CarryDesc:
    """A random state a loop carries from step to step: a copy of ``stream`` (or of the state
    ``source`` leaves) as the loop starts, advanced at each step by ``feeder``'s draw."""

    index: int  # among the loop's carried states
    stream: object | None  # the shared stream it starts from, or None
    source: object | None  # the RandomDesc or CarryDesc (of an enclosing loop) it starts from
    feeder: object | None  # the random node of the step whose new state is the next step's
    # The loop node's output holding the final state, or None (the backend maps finals
    # itself); ``buffered``: that output is a buffer of the states step by step (a tensor
    # state, an MRG stream's, fed back as Theano feeds back outputs) and its last row is it.
    output: int | None = None
    buffered: bool = False


@dataclasses.dataclass(frozen=True, eq=False)
class LoopDesc:
    """A loop whose step draws (a ``scan``); ``on_loop`` is given its ``node``."""

    node: object
    name: str
    steps: str  # the number of steps as the graph gives it: "3", "n", "len(x)"
    carries: tuple  # CarryDesc
    random: tuple  # RandomDesc of the step, in run order (positions within the step)
    loops: tuple  # LoopDesc inside the step
    # per carry (as ``carries``), the loop it came from when scan_merge made one loop of
    # several (``walk_a (1st of walk_a&walk_b)``), else None
    parts: tuple = ()

    def label(self, carry) -> str:
        """The loop's name for what it does with ``carry``'s stream: the loop of a merged
        loop the stream's draws came from, else the loop's name."""
        for c, part in zip(self.carries, self.parts):
            if c is carry and part is not None:
                return part
        return self.name


@dataclasses.dataclass(frozen=True, eq=False)
class UpdateDesc:
    """``shared ← value`` after each call; ``default`` when it is the variable's default update."""

    shared: object
    value: object
    default: bool
    node: int | None = None  # the random node whose new state ``value`` is (compiled graphs)
    carry: object = None  # the CarryDesc whose final state ``value`` is (a loop's updates)
    in_place: bool = False  # no update: the node overwrites the stream's state as it draws


def loop_start(var, made, carried, random, resolve):
    """(stream, source) a loop's carried state ``var`` starts from: a stream, an earlier draw's
    new state (a RandomDesc: ``made`` maps new states to positions in ``random``) or an
    enclosing loop's carried state (a CarryDesc: ``carried`` maps variables to them); else
    ``resolve(var)`` says."""
    if id(var) in made:
        return None, random[made[id(var)]]
    if id(var) in carried:
        return None, carried[id(var)]
    return resolve(var)


def in_place_updates(random, updates):
    """The in-place updates of streams a node overwrites as it draws though the function has no
    update for them (``Function.copy(delete_updates=True)`` keeps the compiled in-place op, in
    Theano and PyTensor alike); each such node is marked ``keeps_state`` in ``random``."""
    updated = {id(u.shared) for u in updates}
    found = []
    for r in random:
        if r.stream is None or id(r.stream) in updated or r.new_state is None:
            continue
        destroyed = getattr(r.node.op, "destroy_map", {}) or {}
        at = next(k for k, i in enumerate(r.node.inputs) if i is r.rng)
        if any(at in inputs for inputs in destroyed.values()):
            found.append(UpdateDesc(r.stream, r.new_state, False, r.position, in_place=True))
            updated.add(id(r.stream))
    for u in found:  # its new state is the stream's: the recorder follows it
        random[u.node] = dataclasses.replace(random[u.node], keeps_state=True)
    return found


class Graph:
    """How to read one backend's graph nodes (duck-typed: ``owner``, ``inputs``, ``outputs``)."""

    def is_random(self, node) -> bool:
        raise NotImplementedError

    def random_parts(self, node):
        """(rng, size or None, params, new_state, draw, distribution) of a random node."""
        raise NotImplementedError

    def leaf_kind(self, var) -> str:
        """``"constant"``, ``"shared"`` or ``"input"``."""
        raise NotImplementedError

    def leaf_text(self, var) -> str:
        """A leaf as printed (no memory addresses)."""
        return str(var)

    def constant_value(self, var, limit: int = 16):
        """The value of a constant, or of a small graph over constants; None otherwise."""
        raise NotImplementedError

    def param_value(self, var):
        """A random node's parameter as the label shows it (its constant value, or None)."""
        return self.constant_value(var)

    def fused_uses(self, node, k) -> int | None:
        """How many times a fused node's inner program reads its input ``k`` (None: not fused)."""
        return None


class StreamStates:
    """How one backend's stream states are read, set, copied, rebuilt and described."""

    def read(self, shared):
        """The live state a stream holds (not a copy)."""
        raise NotImplementedError

    def write(self, shared, value):
        """Set a stream's state to a private copy of ``value`` (no observer hears of it)."""
        raise NotImplementedError

    def is_stream(self, shared) -> bool:
        """Does this shared variable hold a random state?"""
        raise NotImplementedError

    def seed(self, shared):
        """The seed the stream was created with (an int), or None."""
        return None

    def snapshot(self, value):
        """A full, independent copy of a state (what fingerprints and state files read)."""
        raise NotImplementedError

    def materialize(self, full):
        """A fresh state object equal to a snapshot."""
        raise NotImplementedError

    def detail(self, state) -> str:
        """A short description: ``MT19937 position 8, no cached gaussian``."""
        raise NotImplementedError


class FunctionDesc:
    """A compiled function as a backend describes it (computed once, when first asked; it does
    not hold the function, so a cache of descriptions keeps no function alive)."""

    def __init__(self, *, name, inputs, outputs, shared_inputs, streams, updates,
                 random, graph, source, order, out_draws=None, warnings=(), loops=()):
        self.name = name  # the name it was compiled with, or None
        self.inputs = tuple(inputs)  # names of its explicit inputs
        self.outputs = tuple(outputs)  # the compiled graph's outputs (updates not included)
        self.shared_inputs = tuple(shared_inputs)  # every shared variable it reads
        self.streams = tuple(streams)  # the stream variables it reads (a subset of those)
        self.updates = tuple(updates)  # UpdateDesc of the compiled graph, in update order
        self.random = tuple(random)  # RandomDesc in run order
        self.graph = graph  # the backend's ``Graph``
        self._source = source  # a callable giving (outputs, UpdateDescs) as written
        self._order = order  # a callable giving the compiled toposort
        self.warnings = tuple(warnings)  # what the backend warned about when compiling it
        self.loops = tuple(loops)  # LoopDesc of the loops whose step draws, in run order
        if out_draws is not None:
            self.out_draws = tuple(out_draws)

    @functools.cached_property
    def _as_written(self):
        outputs, updates = self._source()
        return tuple(outputs), tuple(updates)

    @property
    def source_outputs(self) -> tuple:
        """The outputs as written, before rewrites."""
        return self._as_written[0]

    @property
    def source_updates(self) -> tuple:
        """The updates (``UpdateDesc``) as written, before rewrites."""
        return self._as_written[1]

    @functools.cached_property
    def order(self) -> list:
        """The compiled graph's nodes in toposort order (Theano's debugprint numbers them)."""
        return list(self._order())

    @functools.cached_property
    def out_draws(self) -> tuple:
        """Per output: the position of the random node whose draw it is, or -1."""
        draws = {id(r.draw): r.position for r in self.random}
        return tuple(draws.get(id(o), -1) for o in self.outputs)

    def all_loops(self) -> list:
        """Every loop, enclosing ones first (loops inside loops included)."""
        out, stack = [], list(reversed(self.loops))
        while stack:
            loop = stack.pop()
            out.append(loop)
            stack.extend(reversed(loop.loops))
        return out

    @functools.cached_property
    def updated(self) -> tuple:
        """The shared variables its updates write, in update order."""
        return tuple(u.shared for u in self.updates)
