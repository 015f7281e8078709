"""rngscope's own engine as a backend: its compiled functions, graphs and stream states described.

The records are ``backends.description``'s: ``describe(fn)`` reads a ``compile.Function``
(its linked program for the run order, its ``FunctionGraph`` for outputs and updates, the graph
as written), ``GRAPH`` reads engine nodes (``RandomFunction`` and MRG ops are random; a fused
``Composite`` counts its inputs), ``STATES`` reads and sets ``SharedVariable`` storage holding a
numpy ``RandomState`` (snapshots are ``get_state()`` tuples) or an MRG state matrix.
"""
from __future__ import annotations

import dataclasses

import numpy as np

from rngscope.backends.description import (
    CarryDesc, FunctionDesc, Graph, LoopDesc, RandomDesc, Step, StreamStates, UpdateDesc,
    in_place_updates, loop_start,
)
from rngscope.compile.scan import Scan
from rngscope.compile.vocabulary import is_random
from rngscope.random.streams import RandomFunction
from rngscope.graph.basic import Constant, graph_inputs, io_toposort
from rngscope.shared import SharedVariable, copy_in
from rngscope.trace import mt_state
from rngscope.tensor.scalar import Cast, Composite
from rngscope.tensor.elemwise import DimShuffle, Elemwise
from rngscope.tensor.grad_ops import IncSubtensor
from rngscope.tensor.alloc import Alloc
from rngscope.tensor.shape_ops import Rebroadcast, Shape, Shape_i, Subtensor

__all__ = ["GRAPH", "STATES", "describe", "describe_node", "owns"]


def owns(obj) -> bool:
    """Is ``obj`` (a compiled function, variable or node) the engine's?"""
    return type(obj).__module__.startswith("rngscope.")


# -- graphs ------------------------------------------------------------------------------


class EngineGraph(Graph):
    """Engine nodes: random ops have inputs (rng, size, *params) and outputs (new state, draw)."""

    def is_random(self, node):
        return is_random(node.op)

    def random_parts(self, node):
        rng, size, params = node.inputs[0], node.inputs[1], tuple(node.inputs[2:])
        distribution = getattr(node.op, "fn", "mrg_uniform").removesuffix("_helper")
        return rng, size, params, node.outputs[0], node.outputs[1], distribution

    def leaf_kind(self, var):
        if isinstance(var, Constant):
            return "constant"
        return "shared" if isinstance(var, SharedVariable) else "input"

    def constant_value(self, var, limit=16):
        if isinstance(var, Constant):
            return np.asarray(var.data)
        seen, stack = set(), [var]
        while stack:
            v = stack.pop()
            if isinstance(v, Constant):
                continue
            if v.owner is None or is_random(v.owner.op):
                return None
            if id(v.owner) not in seen:
                seen.add(id(v.owner))
                if len(seen) > limit:
                    return None
                stack.extend(v.owner.inputs)
        values = {}
        try:
            for node in io_toposort([], [var]):
                args = [np.asarray(i.data) if isinstance(i, Constant) else values[id(i)]
                        for i in node.inputs]
                for out, value in zip(node.outputs, node.op.perform(node, args)):
                    values[id(out)] = value
        except Exception:  # a graph we cannot fold here is shown as written
            return None
        return np.asarray(values[id(var)])

    def fused_uses(self, node, k):
        scalar_op = getattr(node.op, "scalar_op", None)
        if not isinstance(scalar_op, Composite):
            return None
        return sum(1 for _op, args in scalar_op.program for ref in args if tuple(ref) == ("i", k))


GRAPH = EngineGraph()


# -- stream states -------------------------------------------------------------------------


class EngineStates(StreamStates):
    """``SharedVariable`` storage holding a ``RandomState`` or an MRG int32 state matrix."""

    def read(self, shared):
        return shared.storage[0]

    def write(self, shared, value):
        shared.storage[0] = copy_in(shared.type.filter(value))

    def is_stream(self, shared):
        return isinstance(shared, SharedVariable) and (
            bool(shared.tag.get("is_rng")) or isinstance(shared.storage[0], np.random.RandomState))

    def seed(self, shared):
        return shared.tag.get("seed")

    def snapshot(self, value):
        if isinstance(value, np.random.RandomState):
            return mt_state.read(value)  # get_state()'s tuple, read directly
        if isinstance(value, tuple):  # already a snapshot
            return value
        return np.array(value, copy=True)

    def materialize(self, full):
        if isinstance(full, tuple):
            state = np.random.RandomState(0)
            state.set_state(full)
            return state
        return np.array(full, copy=True)

    def detail(self, state):
        if isinstance(state, np.random.RandomState):
            _, _, pos, has_gauss, cached = state.get_state()
            gauss = f"cached gaussian {cached!r}" if has_gauss else "no cached gaussian"
            return f"MT19937 position {pos}, {gauss}"
        arr = np.asarray(state)
        return f"{arr.dtype} state matrix {'x'.join(map(str, arr.shape))}"


STATES = EngineStates()


# -- replaying a draw ------------------------------------------------------------------------


def _has_inplace(op):
    return dataclasses.is_dataclass(op) and any(f.name == "inplace" for f in dataclasses.fields(op))


class EngineStep(Step):
    """A draw replayed by the op's own ``perform`` (made in place: the replayer owns its copy,
    and a copy of a RandomState costs 250 µs)."""

    __slots__ = ("op", "node", "args")

    def __init__(self, op, node, args):
        plain = dataclasses.replace(op, inplace=False) if _has_inplace(op) else op
        super().__init__((plain, tuple((a.dtype.str, a.shape, a.tobytes())
                                       for a in map(np.asarray, args))))
        self.op = dataclasses.replace(op, inplace=True) if _has_inplace(op) else op
        self.node, self.args = node, args

    def apply(self, state):
        new, draw = self.op.perform(self.node, [state, *self.args])
        return new, draw


class DirectStep(EngineStep):
    """A uniform, normal, binomial or poisson draw of constant size and parameters replayed by
    the ``RandomState`` method itself, as the linker draws it (``perform``'s checks cost five
    times the draw, and rebuilding a state replays up to a checkpoint's worth of draws)."""

    __slots__ = ("method", "params", "shape", "dtype", "ndim")

    def __init__(self, op, node, args):
        super().__init__(op, node, args)
        size = tuple(int(s) for s in np.asarray(args[0]).ravel())
        self.method = getattr(np.random.RandomState, op.fn)
        self.params = tuple(np.asarray(a).item() if np.ndim(a) == 0 else np.asarray(a)
                            for a in args[1:])
        self.shape = size or None
        self.dtype = np.dtype(op.outtype.dtype)
        self.ndim = op.outtype.ndim

    def apply(self, state):
        value = self.method(state, *self.params, self.shape)
        if not isinstance(value, np.ndarray) or value.dtype != self.dtype:
            value = np.asarray(value, dtype=self.dtype)
        if self.shape is None and self.ndim > 0:
            value = value.reshape([1] * self.ndim)
        return state, value


def _step(node):
    params = node.inputs[1:]  # size and parameters: constants make a replayable step
    if not all(isinstance(p, Constant) for p in params):
        return None
    op, args = node.op, tuple(p.data for p in params)
    if (isinstance(op, RandomFunction) and op.fn in ("uniform", "normal", "binomial", "poisson")
            and op.ndim_added == 0):
        return DirectStep(op, node, args)
    return EngineStep(op, node, args)


# -- compiled functions ----------------------------------------------------------------------


def describe_node(node, position=0, made=None, read=None, carried=None,
                  elementwise=None) -> RandomDesc:
    """The description of a random node; ``made`` maps new-state outputs of the nodes before it
    to their positions (chains), ``read`` holds the ids of the variables the graph reads,
    ``carried`` maps the variables that are a loop's carried states to their ``CarryDesc``."""
    rng, size, params, new_state, draw, distribution = GRAPH.random_parts(node)
    carry = carried.get(id(rng)) if carried else None
    stream = rng if carry is None and STATES.is_stream(rng) else None
    source = made.get(id(rng)) if stream is None and carry is None and made else None
    keeps = True if read is None else id(new_state) in read
    values = True if read is None else id(draw) in read
    masks = True if elementwise is None else id(draw) in elementwise
    return RandomDesc(node, position, distribution, rng, stream, source, size, params,
                      new_state, draw, _step(node), keeps, values_read=values, carry=carry,
                      elementwise=masks)


def _read_ids(nodes, outputs):
    read = {id(o) for o in outputs}
    read.update(id(i) for node in nodes for i in node.inputs)
    return read


_THRESHOLDS = frozenset({"LT", "GT", "LE", "GE", "EQ", "NEQ"})


def _thresholds(op):
    """Whether an elementwise op's result is a comparison, maybe cast: how 0/1 values are
    made (an MRG binomial is cast(uniform < p), p perhaps fused in), not how they are laid
    over another tensor (x * cast(uniform < p))."""
    scalar = op.scalar_op
    if not isinstance(scalar, Composite):
        return isinstance(scalar, Cast) or getattr(scalar, "cls", None) in _THRESHOLDS
    step, args = scalar.program[-1]
    while isinstance(step, Cast):
        kind, k = args[0]
        if kind != "t":
            return True  # a cast of an input
        step, args = scalar.program[k]
    return getattr(step, "cls", None) in _THRESHOLDS


def _elementwise_ids(nodes):
    """Ids of the variables an elementwise op reads, directly or through dimshuffles and
    allocs (how a mask is applied), as opposed to only products and reductions.  Comparisons
    and casts pass the question on to their result: an MRG binomial's uniforms are a mask
    when its 0/1 values are, as a RandomStreams binomial's draw is."""
    out = set()
    for node in reversed(nodes):
        op = node.op
        if isinstance(op, Elemwise):
            if _thresholds(op) and not any(id(o) in out for o in node.outputs):
                continue
            out.update(id(i) for i in node.inputs)
        elif isinstance(op, (DimShuffle, Alloc)) and any(id(o) in out for o in node.outputs):
            out.add(id(node.inputs[0]))
    return out


def _walk(nodes, outputs, resolve):
    """(RandomDescs, LoopDescs) of ``nodes`` in run order; ``resolve(var)`` -> (stream or None,
    CarryDesc or None) for a state variable made outside ``nodes``."""
    read = _read_ids(nodes, outputs)
    elementwise = _elementwise_ids(nodes)
    made, carried, random, loops = {}, {}, [], []
    for node in nodes:
        if is_random(node.op):
            rng, stream = node.inputs[0], None
            if id(rng) not in made and id(rng) not in carried:
                stream, carry = resolve(rng)
                if carry is not None:
                    carried[id(rng)] = carry
            desc = describe_node(node, len(random), made, read, carried, elementwise)
            if stream is not None and desc.stream is None:  # a stream the step reads as is
                desc = dataclasses.replace(desc, stream=stream, source=None)
            made[id(desc.new_state)] = desc.position
            random.append(desc)
        elif isinstance(node.op, Scan):
            loop = _loop(node, lambda var: loop_start(var, made, carried, random, resolve))
            if loop is not None:
                loops.append(loop)
                n_out = len(node.op.out_taps)
                for carry in loop.carries:
                    if not carry.buffered:
                        carried[id(node.outputs[carry.output])] = carry
    return random, loops


def _loop(node, where):
    """The LoopDesc of a Scan node whose step draws (None when it draws nothing)."""
    op = node.op
    fg = op.fgraph
    inner = fg.inputs
    first = len(inner) - op.n_nonseq - op.n_shared
    n_out = len(op.out_taps)
    nodes = op.program.nodes
    if not any(is_random(n.op) or isinstance(n.op, Scan) for n in nodes):
        return None
    carried = {id(inner[first + j]): j for j in range(op.n_shared)}
    nonseq = {id(v): k for k, v in enumerate(inner) if k >= first + op.n_shared}
    fed, position = {}, op.n_seqs  # a tensor state fed back as an output with one tap
    for i, taps in enumerate(op.out_taps[:op.n_fed]):
        if taps == (-1,):
            fed[id(inner[position])] = i
        position += len(taps)
    carries = {}

    def feeder_of(k):
        feeder = fg.outputs[k].owner
        return feeder if feeder is not None and is_random(feeder.op) else None

    def resolve(var):
        j = carried.get(id(var))
        if j is not None:
            if j not in carries:
                stream, source = where(node.inputs[op.outer_position(first + j)])
                carries[j] = CarryDesc(j, stream, source, feeder_of(n_out + j), n_out + j)
            return None, carries[j]
        i = fed.get(id(var))
        if i is not None:  # an MRG state: its initial row in the buffer, the steps' after it
            j = op.n_shared + i
            if j not in carries:
                stream, source = where(_initial_row(node.inputs[1 + op.n_seqs + i]))
                carries[j] = CarryDesc(j, stream, source, feeder_of(i), i, buffered=True)
            return None, carries[j]
        k = nonseq.get(id(var))
        if k is not None:  # a stream the step reads without carrying it: every step alike
            stream, source = where(node.inputs[op.outer_position(k)])
            return stream, source if isinstance(source, CarryDesc) else None
        return None, None

    random, loops = _walk(nodes, fg.outputs, resolve)
    ordered = tuple(c for _j, c in sorted(carries.items()))
    parts = ()
    if op.parts:  # a merged loop: each carried state's own loop (its inner input's)
        fed_first = {}
        position = op.n_seqs
        for i, taps in enumerate(op.out_taps[:op.n_fed]):
            fed_first[i] = position
            position += len(taps)
        parts = tuple(op.part_of(op.inner_inputs[fed_first[c.output] if c.buffered
                                                 else first + c.index]) for c in ordered)
    return LoopDesc(node, op.name, steps_text(node), ordered, tuple(random), tuple(loops),
                    parts)


def _initial_row(buffer):
    """What a fed-back output's buffer starts with: ``x`` of
    ``IncSubtensor{Set;:1}(AllocEmpty(...), Rebroadcast(DimShuffle{x,...}(x)))`` (scan's
    outer graph)."""
    var = buffer
    if var.owner is not None and isinstance(var.owner.op, IncSubtensor):
        var = var.owner.inputs[1]
    while var.owner is not None and isinstance(var.owner.op, (DimShuffle, Rebroadcast)):
        var = var.owner.inputs[0]
    return var


def _under_subtensors(var):
    """``var`` with the Subtensors that pick rows of it taken off (a buffer's last row)."""
    while var.owner is not None and isinstance(var.owner.op, Subtensor):
        var = var.owner.inputs[0]
    return var


def steps_text(node):
    """How many steps a Scan node runs, as its graph says: ``3``, ``n``, ``len(x)``; a
    while-loop's is its most (``200 at most, until its condition``)."""
    text = _steps_given(node)
    return text + " at most, until its condition" if node.op.as_while else text


def _steps_given(node):
    var = node.inputs[0]
    if isinstance(var, Constant):
        n = int(np.asarray(var.data))
        if n >= 0:
            return str(n)
        seq = node.inputs[1] if node.op.n_seqs else None
        return f"len({seq.name or seq})" if seq is not None else "?"
    while var.owner is not None and str(var.owner.op).startswith("Elemwise{Cast"):
        var = var.owner.inputs[0]
    seq = _length_of(var)
    if seq is not None:
        return f"len({seq.name or seq})"
    if var.name is None and node.op.n_seqs:
        # computed from the sequences' lengths (their taps cut some steps): name the input
        # the first sequence comes from (the push-out may have computed it outside the loop)
        sources = [v for v in graph_inputs([node.inputs[1]]) if not isinstance(v, Constant)]
        if sources:
            return f"set by len({sources[0].name or sources[0]})"
    return var.name or str(var)


def _length_of(var):
    """The sequence whose length ``var`` is (``x.shape[0]``, ``Shape_i{0}(x)``; through
    the slices scan cut from it), or None."""
    node = var.owner
    if node is None:
        return None
    if isinstance(node.op, Shape_i) and node.op.i == 0:
        seq = node.inputs[0]
    elif (isinstance(node.op, Subtensor) and node.inputs[0].owner is not None
          and isinstance(node.inputs[0].owner.op, Shape) and len(node.inputs) == 2
          and isinstance(node.inputs[1], Constant) and int(node.inputs[1].data) == 0):
        seq = node.inputs[0].owner.inputs[0]
    else:
        return None
    while seq.owner is not None and isinstance(seq.owner.op, Subtensor):
        seq = seq.owner.inputs[0]
    return seq


def describe(fn) -> FunctionDesc:
    """The description of an engine ``Function`` (or a copy of one)."""
    program, fg = fn.program, fn.fgraph

    def resolve(var):
        return (var if STATES.is_stream(var) else None), None

    # A draw's new state matters only if an update or another node reads it; a state
    # nobody reads (no_default_updates) may not even be computed (the linker reuses draws).
    random, loops = _walk(program.nodes, fg.outputs, resolve)
    made = {id(r.new_state): r.position for r in random}
    finals = {}
    for loop in loops:
        for carry in loop.carries:
            finals[id(loop.node.outputs[carry.output])] = carry
    default = fn.default_updated

    def final(v):
        carry = finals.get(id(v))
        if carry is None:  # a buffered state's last row
            carry = finals.get(id(_under_subtensors(v)))
            carry = carry if carry is not None and carry.buffered else None
        return carry

    updates = [UpdateDesc(s, v, id(s) in default, made.get(id(v)), final(v))
               for s, v in zip(fn.updated, fg.outputs[fn.n_real:])]
    updates += in_place_updates(random, updates)
    as_written = (fn.source_outputs,
                  [UpdateDesc(s, v, id(s) in default) for s, v in fn.source_updates])
    return FunctionDesc(
        name=fn.given_name, inputs=[spec.name or str(spec.variable) for spec in fn.specs],
        outputs=fg.outputs[:fn.n_real], shared_inputs=fn.shared_inputs,
        streams=[s for s in fn.shared_inputs if STATES.is_stream(s)], updates=updates,
        random=random, graph=GRAPH, source=lambda: as_written, order=fg.toposort, loops=loops)
