"""The real PyTensor as a backend: its compiled functions, graphs and Generator streams described.

The records are ``backends.description``'s, read from PyTensor's public objects:

- ``describe(fn)`` reads ``fn.maker``: the compiled ``FunctionGraph`` (outputs, then one output
  per update, ``update_mapping``), ``expanded_inputs`` (which graph inputs are shared variables,
  their update as written) and ``outputs`` (the graph as written).  Random nodes are
  ``RandomVariable`` nodes (inputs ``rng, size, *params``) or, under the Numba linker, their
  ``RandomVariableWithCoreShape`` wrappers (inputs ``core_shape, rng, size, *params``).
- A draw is replayed exactly by the code that made it: a ``Step`` compiles, the first time it is
  applied, a one-node function of the same distribution and constant parameters in the function's
  own mode (Numba's draws differ from numpy's ``rng_fn`` for gumbel, cauchy, bernoulli, ...).
- ``STATES`` reads and sets a shared ``Generator``'s container; a snapshot is the bit generator's
  state as JSON values (``trace.generator_states``), which is also what a state file holds.

PyTensor is imported only when a PyTensor object is described, so it stays optional.
"""
from __future__ import annotations

import functools
import re
import warnings

import numpy as np

from rngscope.backends.description import (
    CarryDesc, FunctionDesc, Graph, LoopDesc, RandomDesc, Step, StreamStates, UpdateDesc,
    in_place_updates, loop_start,
)
from rngscope.trace import generator_states

__all__ = ["GRAPH", "STATES", "describe", "describe_node", "dprint_text", "mask_addresses"]

_ADDRESS = re.compile(r"0x[0-9A-Fa-f]+")


def mask_addresses(text: str) -> str:
    """``RNG(<Generator(PCG64) at 0x7F36...>)`` -> ``RNG(<Generator(PCG64) at 0x...>)``."""
    return _ADDRESS.sub("0x...", text)


@functools.cache
def _classes():
    """PyTensor's classes this module tests against (imported once, when first needed)."""
    from pytensor.compile.sharedvalue import SharedVariable
    from pytensor.graph.basic import Constant
    from pytensor.scalar.basic import Composite
    from pytensor.scan.op import Scan
    from pytensor.tensor.random.op import RandomVariable
    from pytensor.tensor.random.type import RandomGeneratorType
    from pytensor.tensor.type_other import NoneTypeT

    try:
        from pytensor.tensor.random.op import RandomVariableWithCoreShape
    except ImportError:  # PyTensor before the Numba wrapper
        RandomVariableWithCoreShape = ()
    return {"shared": SharedVariable, "constant": Constant, "composite": Composite,
            "rv": RandomVariable, "wrapped": RandomVariableWithCoreShape,
            "generator": RandomGeneratorType, "none": NoneTypeT, "scan": Scan}


# -- graphs ---------------------------------------------------------------------------------


class PyTensorGraph(Graph):
    """PyTensor nodes: ``RandomVariable`` (and its Numba wrapper), constants, shared variables."""

    def is_random(self, node):
        c = _classes()
        return isinstance(node.op, c["rv"]) or (bool(c["wrapped"]) and isinstance(node.op, c["wrapped"]))

    def core(self, node):
        """The ``RandomVariable`` op of a random node and where its ``rng`` input is."""
        c = _classes()
        if isinstance(node.op, c["rv"]):
            return node.op, 0
        return node.op.core_op, 1  # the wrapper's first input is the core shape

    def random_parts(self, node):
        op, at = self.core(node)
        rng, size, params = node.inputs[at], node.inputs[at + 1], tuple(node.inputs[at + 2:])
        if isinstance(size.type, _classes()["none"]):
            size = None
        return rng, size, params, node.outputs[0], node.outputs[1], op.name

    def leaf_kind(self, var):
        c = _classes()
        if isinstance(var, c["constant"]):
            return "constant"
        return "shared" if isinstance(var, c["shared"]) else "input"

    def leaf_text(self, var):
        return mask_addresses(str(var))

    def param_value(self, var):
        """PyTensor broadcasts a scalar parameter by ``ExpandDims``: ``[[0]]`` is shown ``0``."""
        value = self.constant_value(var)
        return value.reshape(()) if value is not None and value.size == 1 else value

    def constant_value(self, var, limit=16):
        c = _classes()
        if isinstance(var, c["constant"]):
            return None if var.data is None else np.asarray(var.data)
        order, seen, stack = [], set(), [var]
        while stack:  # the nodes between constants and ``var`` (no inputs, nothing random)
            v = stack.pop()
            if isinstance(v, c["constant"]):
                continue
            node = v.owner
            if node is None or self.is_random(node):
                return None
            if id(node) not in seen:
                seen.add(id(node))
                if len(seen) > limit:
                    return None
                order.append(node)
                stack.extend(node.inputs)
        values = {}
        try:
            for node in reversed(order):  # inputs were pushed after their readers
                args = [np.asarray(i.data) if isinstance(i, c["constant"]) else values[id(i)]
                        for i in node.inputs]
                storage = [[None] for _ in node.outputs]
                node.op.perform(node, args, storage)
                for out, cell in zip(node.outputs, storage):
                    values[id(out)] = cell[0]
        except Exception:  # a graph we cannot fold here is shown as written
            return None
        value = values.get(id(var))
        return None if value is None else np.asarray(value)

    def fused_uses(self, node, k):
        scalar_op = getattr(node.op, "scalar_op", None)
        if not isinstance(scalar_op, _classes()["composite"]):
            return None
        inner = scalar_op.fgraph
        target = inner.inputs[k]
        uses = sum(1 for n in inner.toposort() for i in n.inputs if i is target)
        return uses + sum(1 for o in inner.outputs if o is target)


GRAPH = PyTensorGraph()


# -- Generator states ---------------------------------------------------------------------------


class GeneratorStates(StreamStates):
    """A shared ``Generator`` (``RandomGeneratorSharedVariable``) and its bit generator's state."""

    def read(self, shared):
        return shared.container.storage[0]

    def write(self, shared, value):
        if isinstance(value, np.random.Generator):
            value = generator_states.generator(generator_states.canonical(value))  # a private copy
        elif generator_states.is_generator_state(value):
            value = generator_states.generator(generator_states.canonical(value))
        shared.container.storage[0] = value

    def is_stream(self, shared):
        return isinstance(shared, _classes()["shared"]) and isinstance(
            shared.type, _classes()["generator"])

    def seed(self, shared):
        """The entropy of the SeedSequence the stream's Generator was made from, if an int."""
        seed_seq = getattr(self.read(shared).bit_generator, "seed_seq", None)
        entropy = getattr(seed_seq, "entropy", None)
        return entropy if isinstance(entropy, int) else None

    def snapshot(self, value):
        return generator_states.canonical(value)

    def materialize(self, full):
        return generator_states.generator(full)

    def detail(self, state):
        s = generator_states.canonical(state)
        name = s["bit_generator"]
        text = f"{name} bit generator"
        if name == "MT19937":
            text += f" at position {s['state']['pos']}"
        if s.get("has_uint32"):
            text += ", one buffered 32-bit word"
        return text


STATES = GeneratorStates()


# -- replaying a draw ---------------------------------------------------------------------------


class PyTensorStep(Step):
    """One draw of a distribution with constant parameters, replayed by a one-node function
    compiled (when first applied) in the mode of the function that drew it."""

    __slots__ = ("op", "size", "params", "mode", "_compiled")

    def __init__(self, op, size, params, mode):
        props = op._props_dict() if hasattr(op, "_props_dict") else {}
        props.pop("inplace", None)
        linker = type(getattr(mode, "linker", None)).__name__
        super().__init__((type(op).__name__, tuple(sorted((k, repr(v)) for k, v in props.items())),
                          _data_key(size), tuple(_data_key(p) for p in params), linker))
        self.op, self.size, self.params, self.mode = op, size, params, mode
        self._compiled = None

    def apply(self, state):
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = self._compile()
        shared, function = compiled
        shared.container.storage[0] = state
        values = function()
        return shared.container.storage[0], values

    def _compile(self):
        import pytensor

        op = self.op
        if getattr(op, "inplace", False):  # the replayer's function must not destroy inputs
            op = type(op)(**{**op._props_dict(), "inplace": False})
        rng = pytensor.shared(np.random.default_rng(0))
        size = self.size if self.size is not None else _none()
        node = op.make_node(rng, size, *self.params)
        build = getattr(pytensor.function, "__wrapped__", pytensor.function)  # never observed
        with warnings.catch_warnings():  # the script's own compile said it already, if anything
            warnings.simplefilter("ignore")
            function = build([], node.outputs[1], updates={rng: node.outputs[0]}, mode=self.mode)
        return rng, function


def _none():
    from pytensor.tensor.type_other import NoneConst

    return NoneConst


def _data_key(var):
    if var is None:
        return None
    data = np.asarray(var.data)
    return (data.dtype.str, data.shape, data.tobytes())


def _step(node, mode):
    op, at = GRAPH.core(node)
    constant = _classes()["constant"]
    inputs = node.inputs[at + 1:]  # size and parameters: constants make a replayable step
    if not all(isinstance(i, constant) for i in inputs):
        return None
    size = inputs[0] if not isinstance(inputs[0].type, _classes()["none"]) else None
    return PyTensorStep(op, size, tuple(inputs[1:]), mode)


# -- compiled functions -----------------------------------------------------------------------


def _is_generator(var):
    return isinstance(var.type, _classes()["generator"])


def _draws_inside(node):
    """A node that is no random variable but reads a Generator: a loop (``scan``) or another
    inner graph drawing from it, many draws per call."""
    return not GRAPH.is_random(node) and any(_is_generator(i) for i in node.inputs)


def _describe_loop(node, position, made, read, stream, seen) -> RandomDesc:
    """A node drawing through an inner graph it does not show step by step (a ``scan`` whose
    number of steps is known only as it runs), as one entry per call: no single step replays
    it, so its state after each call is kept whole; its values are its first output that is
    not a Generator (a scan's sequence)."""
    rng = next(i for i in node.inputs if _is_generator(i))
    source = made.get(id(rng)) if stream is None and made else None
    new_state = next((o for o in node.outputs if _is_generator(o)), None)
    draw = next((o for o in node.outputs if not _is_generator(o)), node.outputs[0])
    keeps = new_state is not None and (read is None or id(new_state) in read)
    observed = seen is not None and id(draw) in seen
    return RandomDesc(node, position, type(node.op).__name__.lower(), rng, stream, source, None,
                      (), new_state, draw, None, keeps, observed)


def describe_node(node, position=0, made=None, read=None, mode=None, stream=None, seen=None,
                  carry=None) -> RandomDesc:
    """The description of a random node; ``made`` maps new-state outputs of the nodes before it
    to their positions (chains), ``read`` holds the ids of the variables the graph reads,
    ``stream`` is the shared variable its rng input stands for, ``seen`` holds the ids of the
    variables whose values a call hands back and ``carry`` is the loop's carried state it
    draws from (in a loop's step)."""
    rng, size, params, new_state, draw, distribution = GRAPH.random_parts(node)
    if stream is None and carry is None and STATES.is_stream(rng):
        stream = rng
    source = made.get(id(rng)) if stream is None and carry is None and made else None
    keeps = True if read is None else id(new_state) in read
    observed = seen is None or id(draw) in seen
    values = True if read is None else id(draw) in read
    return RandomDesc(node, position, distribution, rng, stream, source, size, params,
                      new_state, draw, _step(node, mode), keeps, observed, values_read=values,
                      carry=carry)


def _walk(nodes, outputs, resolve, mode, seen):
    """(RandomDescs, LoopDescs) of ``nodes`` in run order; ``resolve(var)`` -> (stream or None,
    CarryDesc or None) for a Generator made outside ``nodes``; ``seen``: the ids of the values
    a call hands back."""
    read = {id(o) for o in outputs}
    read.update(id(i) for node in nodes for i in node.inputs)
    made, carried, random, loops = {}, {}, [], []
    for node in nodes:
        if GRAPH.is_random(node):
            rng = GRAPH.random_parts(node)[0]
            stream = carry = None
            if id(rng) in carried:
                carry = carried[id(rng)]
            elif id(rng) not in made:
                stream, carry = resolve(rng)
            desc = describe_node(node, len(random), made, read, mode, stream, seen, carry)
            made[id(desc.new_state)] = desc.position
            random.append(desc)
            continue
        if not _draws_inside(node):
            continue
        loop = _loop(node, lambda var: loop_start(var, made, carried, random, resolve), mode) \
            if _is_scan(node) else None
        if loop is not None:
            desc, finals = loop
            loops.append(desc)
            carried.update(finals)
            continue
        rng = next(i for i in node.inputs if _is_generator(i))
        stream = resolve(rng)[0] if id(rng) not in made else None
        desc = _describe_loop(node, len(random), made, read, stream, seen)
        for o in node.outputs:
            if _is_generator(o):
                made[id(o)] = desc.position
        random.append(desc)
    return random, loops


def _is_scan(node):
    return isinstance(node.op, _classes()["scan"])


def _loop(node, where, mode):
    """(LoopDesc, {id(outer final state): CarryDesc}) of a Scan node whose step draws and whose
    number of steps is a constant, else None (the adapter must know how many steps ran)."""
    op = node.op
    n_steps = node.inputs[0]
    if not isinstance(n_steps, _classes()["constant"]) or int(np.asarray(n_steps.data)) < 0:
        return None
    if not hasattr(op, "inner_untraced_sit_sot"):  # PyTensor before untraced carried states
        return None
    fg = op.fgraph
    inner_nodes = fg.toposort()
    inner_carried = op.inner_untraced_sit_sot(fg.inputs)
    outer_carried = op.outer_untraced_sit_sot(node.inputs)
    feeds = op.inner_untraced_sit_sot_outs(fg.outputs)
    finals = op.outer_untraced_sit_sot_outs(node.outputs)
    carried = {id(v): j for j, v in enumerate(inner_carried) if _is_generator(v)}
    nonseq = {id(v): outer for v, outer in zip(op.inner_non_seqs(fg.inputs),
                                              op.outer_non_seqs(node.inputs))}
    carries = {}

    def resolve(var):
        j = carried.get(id(var))
        if j is not None:
            if j not in carries:
                stream, source = where(outer_carried[j])
                feeder = feeds[j].owner
                carries[j] = CarryDesc(j, stream, source, feeder if feeder is not None
                                       and GRAPH.is_random(feeder) else None)
            return None, carries[j]
        outer = nonseq.get(id(var))
        if outer is not None:  # a Generator the step reads without carrying it: every step alike
            stream, source = where(outer)
            return stream, source if isinstance(source, CarryDesc) else None
        return None, None

    random, loops = _walk(inner_nodes, fg.outputs, resolve, mode, seen=set())
    if not random and not loops:
        return None
    if any(r.step is None for r in random):
        return None  # a step that cannot be replayed: the loop is one entry per call
    loop = LoopDesc(node, op.name, str(int(np.asarray(n_steps.data))),
                    tuple(c for _j, c in sorted(carries.items())), tuple(random), tuple(loops))
    return loop, {id(finals[j]): c for j, c in carries.items()}


def describe(fn) -> FunctionDesc:
    """The description of a compiled PyTensor ``Function``."""
    maker = fn.maker
    fg = maker.fgraph
    expanded = maker.expanded_inputs
    shared_of = {id(var): inp.variable for var, inp in zip(fg.inputs, expanded)
                 if getattr(inp, "shared", False)}
    # the outputs a call returns; the rest are updates (a copy's maker lists those too)
    n_real = len(fg.outputs) - len(getattr(fg, "update_mapping", {}) or {})
    order = fg.toposort()
    outputs = fg.outputs[:n_real]
    seen = {id(_through_copy(o)) for o in outputs}  # the only draws a compiled graph hands back

    def resolve(var):  # a graph input: a shared stream (a copy's graph reads clones of them)
        shared = shared_of.get(id(var))
        return (shared if shared is not None and STATES.is_stream(shared) else None), None

    random, loops = _walk(order, fg.outputs, resolve, maker.mode, seen)
    made = {id(o): r.position for r in random for o in r.node.outputs if _is_generator(o)}
    finals = {}
    for loop in loops:
        node = loop.node
        outs = node.op.outer_untraced_sit_sot_outs(node.outputs)
        finals.update({id(outs[c.index]): c for c in loop.carries})
    draws = {id(r.draw): r.position for r in random}
    out_draws = tuple(draws.get(id(_through_copy(o)), -1) for o in outputs)

    written = getattr(maker, "_rngscope_as_written", None)  # set by the adapter (adapter.AS_WRITTEN)
    explicit = None if written is None else {id(s): v for s, v in written[1]}

    def default(inp):
        if explicit is not None:
            return id(inp.variable) not in explicit
        # Built outside an observed run: PyTensor does not say which updates were explicit;
        # an update that computes what the variable's default update does is taken as it.
        own = getattr(inp.variable, "default_update", None)
        return inp.update is not None and own is not None and _equal(inp.update, own)

    by_input = {k: inp for k, inp in enumerate(expanded)}
    updates = []
    for out_index, in_index in sorted(getattr(fg, "update_mapping", {}).items()):
        inp, value = by_input[in_index], _through_copy(fg.outputs[out_index])
        updates.append(UpdateDesc(inp.variable, fg.outputs[out_index], default(inp),
                                  made.get(id(value)), finals.get(id(value))))
    if written is not None:
        source_outputs = written[0]
    else:
        source_outputs = [out.variable for out in maker.outputs[:n_real]]
    updates += in_place_updates(random, updates)
    source_updates = []
    for inp in expanded:
        if getattr(inp, "shared", False) and inp.update is not None:
            is_default = default(inp)
            value = inp.update
            if written is not None:
                value = (inp.variable.default_update if is_default else explicit[id(inp.variable)])
            source_updates.append(UpdateDesc(inp.variable, value, is_default))
    shared_inputs = [inp.variable for inp in expanded if getattr(inp, "shared", False)]
    explicit_inputs = [inp for inp in expanded if not getattr(inp, "shared", False)]
    return FunctionDesc(
        name=getattr(fn, "name", None),
        inputs=[inp.name or mask_addresses(str(inp.variable)) for inp in explicit_inputs],
        outputs=outputs, shared_inputs=shared_inputs,
        streams=[s for s in shared_inputs if STATES.is_stream(s)], updates=updates, random=random,
        graph=GRAPH, source=lambda: (source_outputs, source_updates), order=lambda: order,
        out_draws=out_draws, loops=loops)


def _equal(a, b):
    from pytensor.graph.basic import equal_computations

    try:
        return equal_computations([a], [b])
    except Exception:  # a graph PyTensor cannot compare: not the default
        return False


def _through_copy(variable):
    """The variable a function output copies (C and Py linkers wrap outputs in DeepCopyOp)."""
    owner = variable.owner
    if owner is not None and type(owner.op).__name__ == "DeepCopyOp":
        return owner.inputs[0]
    return variable


# -- PyTensor's own text -----------------------------------------------------------------------

ID_TYPES = {"CHAR": "CHAR", "int": "int", "id": "int", "": ""}  # "id" would print addresses


def dprint_text(fn, *, source=False, depth=-1, print_type=False, ids="CHAR") -> str:
    """What ``pytensor.dprint`` prints for a compiled function (or, with ``source``, for its
    outputs and updates as written), memory addresses masked as ``0x...``."""
    import pytensor

    target = fn
    if source:
        desc = describe(fn)
        target = list(desc.source_outputs) + [u.value for u in desc.source_updates]
    text = pytensor.dprint(target, depth=depth, print_type=print_type, file="str",
                           id_type=ID_TYPES[ids])
    return mask_addresses(text)
