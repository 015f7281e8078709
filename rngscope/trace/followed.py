"""What the recorder follows while a script runs: streams, random nodes, functions, writes.

``Track`` is one stream (its shared variable, its current state token, the draws left
before its next checkpoint), ``NodeInfo`` one random node (its stream, replay step and,
during a call, the state after its draw), ``FnInfo`` one compiled function (the streams
it reads and updates, its random nodes, whether its calls can be recorded in bulk),
``Write`` one write to a stream outside calls.  They are the recorder's working state;
``Recorder.finish`` turns them into the frozen records of a ``Recording``.
"""
from __future__ import annotations

import dataclasses

from rngscope import backends
from rngscope.trace import pcg_state

__all__ = ["FnInfo", "NodeInfo", "Track", "Write"]


class Track:
    """One stream as the recorder follows it: its shared variable and current token."""

    __slots__ = ("index", "shared", "variable", "kind", "token", "start", "newest", "budget", "ops",
                 "seed", "reader")

    def __init__(self, index, shared, variable, kind):
        self.index, self.shared, self.variable, self.kind = index, shared, variable, kind
        self.token = self.start = self.newest = -1
        self.budget = 0  # draws left before the next checkpoint (a full state) is due
        self.ops = backends.states_of(shared)  # how its backend reads, copies and sets states
        self.seed = self.ops.seed(shared)  # the seed it was made from, read when first seen
        # reads its Generator's state in place (PCG64; None: a stream of other states)
        self.reader = pcg_state.NO_READER if pcg_state.is_generator(self.value()) else None

    def value(self):
        """The state the stream holds now (live, not a copy)."""
        return self.ops.read(self.shared)


class NodeInfo:
    """A random node: its stream, replay step and, during a call, the state after its draw."""

    __slots__ = ("id", "node", "rng", "track", "source", "step", "salt", "small", "after",
                 "orphan", "keep_after", "updates", "observed", "values_read", "feeds", "loop",
                 "in_loop_fn", "shape_key")

    def __init__(self, id_, desc, track, source, step, orphan):
        self.id = id_  # its index in the recorder's ``nodes``
        self.node, self.track, self.source, self.step = desc.node, track, source, step
        self.rng = desc.rng  # the variable it draws from
        self.orphan = orphan
        self.salt = 0
        self.shape_key = None  # (dtype, shape) of its draws, once one was handed over
        self.small = False  # its draws are small: the hot path keeps their bytes, not a hash
        self.after = -1
        self.keep_after = desc.keeps_state  # someone reads the new state (an update, a chain)
        self.updates = None  # the track this draw's new state updates at once (sole reader)
        self.observed = desc.observed  # on_draw hands over its values (else None)
        self.values_read = desc.values_read  # someone reads its values (else it only advances)
        self.feeds = None  # in a loop: the CarryInfo its new state advances
        self.loop = None  # in a loop: its LoopInfo
        self.in_loop_fn = False  # it belongs to a function with loops: never on the hot path


class FnInfo:
    """A compiled function as the recorder sees it (computed when it is built)."""

    __slots__ = ("index", "fn", "reads", "updates", "late", "nodes", "n_nodes", "out_nodes",
                 "computed", "simple", "loops", "hot", "per_track", "bulk")

    def __init__(self, index, fn, reads, updates, late, nodes, out_nodes, loops=()):
        self.index, self.fn, self.reads, self.updates = index, fn, reads, updates
        self.late = late  # updates applied at the end of a call (not by a draw at once)
        self.nodes, self.n_nodes = nodes, len(nodes)  # its random nodes outside loops
        self.out_nodes = out_nodes  # per output: the index of the node whose draw it is, or -1
        # outputs to hash (a function with loops: all, its draws' rows vary)
        self.computed = tuple(k for k, n in enumerate(out_nodes) if n < 0 or loops)
        self.loops = loops  # LoopInfo, enclosing first: its calls draw a varying number
        self.simple = not late and not self.computed and not loops  # nothing to do but count it
        self.hot = None  # its calls' draws are kept in bulk and followed later (``Recorder._flush``)
        self.per_track = ()  # (track, draws per call) of its nodes' streams
        self.bulk = False  # one node per stream, each moving it at once: followed in numpy


@dataclasses.dataclass(frozen=True)
class Write:
    """A write to a stream outside calls, made after ``after_calls`` calls."""

    after_calls: int
    track: int
    site: int
    source: str
    before: int
    after: int
