"""Linking: turn a rewritten FunctionGraph into a straight-line program of thunks.

Every node becomes one closure over integer storage slots, built once at
compile time, so a call is a loop of plain function calls.  Random nodes get
special thunks: with a constant size and constant parameters they call the
RandomState method directly; a random node whose state the function does not
update (``no_default_updates``) draws from a copy, and when the stream is a
change-counting ``RandomState`` whose count has not moved since the last call
it reuses that call's draw instead of copying 2.5 KB of state again (the
result is identical: same state, same parameters, same draw).

``link(fg, observed=False)`` makes a program whose draws are never told to an
observer (``rngscope.observe``): a function runs it for a call whose observer
reads what it needs from the outputs (``observe.QUIET``).
"""
from __future__ import annotations

import copy
import traceback

import numpy as np

from rngscope import observe as _observe
from rngscope.compile.vocabulary import is_random
from rngscope.graph.basic import Constant, register_node_runner
from rngscope.graph.sites import site_trace
from rngscope.random.state import RandomState as TrackedState
from rngscope.random.streams import RandomFunction
from rngscope.tensor.elemwise import Elemwise, check_dimensions, rigid_axes
from rngscope.tensor.scalar import Composite

__all__ = ["Program", "link", "make_thunk", "run_node"]


class Program:
    """Storage slots, constants, and one thunk per node in toposort order."""

    def __init__(self, n_slots, input_slots, constants, thunks, nodes, output_slots,
                 fgraph=None, node_slots=()):
        self.template = [None] * n_slots
        for slot, value in constants:
            self.template[slot] = value
        self.input_slots = input_slots
        self.thunks = thunks
        self.nodes = nodes
        self.output_slots = output_slots
        self.fgraph = fgraph  # whose clients an error names
        self.node_slots = node_slots  # each node's input slots (an error shows their values)

    def bind_shared(self, shared_inputs, n_explicit, updated, n_real):
        """Build ``call``: shared values read at the start, updates written at the end."""
        template, thunks, nodes = self.template, self.thunks, self.nodes
        explicit_slots = self.input_slots[:n_explicit]
        shared_slots = list(zip(self.input_slots[n_explicit:], [v.storage for v in shared_inputs]))
        update_slots = [(v.storage, s) for v, s in zip(updated, self.output_slots[n_real:])]
        real_slots = self.output_slots[:n_real]

        single = real_slots[0] if len(real_slots) == 1 else None
        # the explicit inputs hold the first slots (as link numbers them): a call's store is
        # its arguments followed by the rest of the template
        n_explicit = len(explicit_slots)
        leading = explicit_slots == list(range(n_explicit))
        tail = template[n_explicit:]

        def call(explicit_values):
            """One call: the real outputs, with the updates applied after all of them."""
            if leading and len(explicit_values) == n_explicit:
                store = [*explicit_values, *tail]
            else:
                store = template[:]
                for slot, value in zip(explicit_slots, explicit_values):
                    store[slot] = value
            for slot, storage in shared_slots:
                store[slot] = storage[0]
            try:
                for thunk in thunks:
                    thunk(store)
            except Exception as e:
                self._annotate(e, thunks.index(thunk), store)  # the loop variable names it
                raise
            for storage, slot in update_slots:
                storage[0] = store[slot]
            if single is not None:
                return [store[single]]
            return [store[s] for s in real_slots]

        self.call = call

    def steps(self, n, n_out, seqs, last, states, nonseqs, stop):
        """A scan's common loop run in this (step) program: ``n_out`` outputs, the first
        fed back from the step before (``last``, one value each), ``seqs`` read at row t,
        ``states`` carried, ``nonseqs`` fixed; ``stop`` when the step's value after the
        outputs and states is a while-loop's condition.  Returns each output's per-step
        values and the final states.  The same as calling ``call`` once per step, with the
        store filled in place (no argument tuple, frame or result list per step): ``link``
        numbers the graph's inputs first, so a step's arguments open its store."""
        thunks, nodes = self.thunks, self.nodes
        n_fed, n_states = len(last), len(states)
        out_slots = self.output_slots
        fed_slots = out_slots[:n_fed]
        state_slots = out_slots[n_out:n_out + n_states]
        cond_slot = out_slots[n_out + n_states] if stop else None
        head = len(seqs) + n_fed + n_states
        tail = self.template[head:]
        tail[:len(nonseqs)] = nonseqs
        results = [[] for _ in range(n_out)]
        pairs = list(zip([r.append for r in results], out_slots[:n_out]))
        for t in range(n):
            store = [*[s[t] for s in seqs], *last, *states, *tail]
            try:
                for thunk in thunks:
                    thunk(store)
            except Exception as e:
                self._annotate(e, thunks.index(thunk), store)
                raise
            for append, slot in pairs:
                append(store[slot])
            last = [store[s] for s in fed_slots]
            states = [store[s] for s in state_slots]
            if stop and store[cond_slot]:
                break
        return results, states


    def _annotate(self, exc, k, store):
        """Theano's raise_with_op: what the error said (a tuple's text for several or
        non-text arguments), then node ``k`` that raised, its inputs' types, shapes, strides
        and small values, its outputs' clients, and the hints."""
        node = self.nodes[k]
        values = [store[s] for s in self.node_slots[k]] if self.node_slots else []
        msg = "\nApply node that caused the error: %s" % (node,)
        msg += "\nToposort index: %d" % k
        msg += "\nInputs types: %s\n" % [i.type for i in node.inputs]
        msg += "Inputs shapes: %s" % [getattr(v, "shape", "No shapes") for v in values]
        msg += "\nInputs strides: %s" % [getattr(v, "strides", "No strides") for v in values]
        msg += "\nInputs values: %s" % [v if getattr(v, "size", -1) <= 5 else "not shown"
                                        for v in values]
        clients = ([[c for c, _i in self.fgraph.clients(o)] for o in node.outputs]
                   if self.fgraph is not None else [])
        msg += "\nOutputs clients: %s\n" % clients
        site = node.tag.get("site")
        hints = []
        if site:  # where the script made the node (a node the optimizer made has none)
            msg += ("\nBacktrace when the node is created(use Theano flag traceback.limit=N to "
                    "make it longer):\n" + "".join(traceback.format_list(site_trace(site))))
        else:
            hints.append("HINT: Re-running with most Theano optimization disabled could give "
                         "you a back-trace of when this node was created. This can be done with "
                         "by setting the Theano flag 'optimizer=fast_compile'. If that does not "
                         "work, Theano optimizations can be disabled with 'optimizer=None'.")
        hints.append("HINT: Use the Theano flag 'exception_verbosity=high' for a debugprint and "
                     "storage map footprint of this apply node.")
        exc.args = (str(exc) + msg + "\n" + "\n".join(hints),)


def link(fg, observed=True, guard=None, copied=False, overwritable=(), owned_states=()):
    """The Program computing ``fg.outputs`` from ``fg.inputs`` (its draws told to an observer,
    unless ``observed`` is False; each node's outputs checked by ``guard`` if one is given).

    ``copied``: the program of a ``Function.copy``, run as Theano 1.0.5 runs a copy, whose
    graph has lost the DestroyHandler: nodes in plain toposort order (without the orderings
    that make every reader of a value run before the in-place op that overwrites it), each
    in-place op writing its result into its input's memory, so a view read later sees it.

    ``overwritable``: inputs of ``fg`` whose memory an in-place op writes its result into,
    as Theano's does (an updated shared variable, a mutable input): an array the script
    holds (``get_value(borrow=True)``, the argument itself) sees the new values.

    ``owned_states``: random-state inputs of ``fg`` that nothing outside the program holds
    (a loop's carried states, copied once when the loop starts): a draw that is the only
    reader of one advances it itself, though the graph says it copies (Theano's step
    refuses the in-place draw; the numbers are the same, without a copy per step).
    """
    overwritable = {id(v) for v in overwritable}
    owned_states = {id(v) for v in owned_states}
    slots = {}

    def slot(v):
        if id(v) not in slots:
            slots[id(v)] = len(slots)
        return slots[id(v)]

    input_slots = [slot(v) for v in fg.inputs]
    constants = []
    thunks, nodes, node_slots = [], [], []
    read = set()
    topo = fg.nodes() if copied else fg.toposort()
    for node in topo:
        read.update(id(i) for i in node.inputs)
    read.update(id(o) for o in fg.outputs)
    for node in topo:
        ins = []
        for v in node.inputs:
            if isinstance(v, Constant) and id(v) not in slots:
                constants.append((slot(v), v.data))
            ins.append(slot(v))
        outs = [slot(o) for o in node.outputs]
        node_slots.append(ins)
        advance = (bool(owned_states) and isinstance(node.op, RandomFunction)
                   and id(node.inputs[0]) in owned_states and fg.n_clients(node.inputs[0]) == 1)
        thunk = make_thunk(node, ins, outs, read, observed, advance)
        destroys = getattr(node.op, "destroy_map", None)
        if copied and destroys and not is_random(node.op):
            thunk = _overwriting(thunk, [(outs[o], ins[i[0]]) for o, i in destroys.items()])
        elif destroys and not is_random(node.op):
            pairs = [(outs[o], ins[i[0]]) for o, i in destroys.items()
                     if id(node.inputs[i[0]]) in overwritable]
            if pairs:
                thunk = _overwriting(thunk, pairs)
        thunks.append(thunk if guard is None else
                      guard.wrap(node, outs, thunk, ins=ins, index=len(thunks)))
        nodes.append(node)
    output_slots = []
    for v in fg.outputs:
        if isinstance(v, Constant) and id(v) not in slots:
            constants.append((slot(v), v.data))
        output_slots.append(slot(v))
    return Program(len(slots), input_slots, constants, thunks, nodes, output_slots,
                   fgraph=fg, node_slots=node_slots)


def _overwriting(thunk, pairs):
    """``thunk`` whose results (output slot, destroyed input slot) are written into the
    destroyed input's array, as Theano's in-place ops do (views of it see the new values)."""

    def run(store):
        thunk(store)
        for out, inp in pairs:
            dst, value = store[inp], store[out]
            if (dst is not value and isinstance(dst, np.ndarray) and isinstance(value, np.ndarray)
                    and dst.shape == value.shape and dst.dtype == value.dtype
                    and dst.flags.writeable):
                dst[...] = value
                store[out] = dst

    return run


def make_thunk(node, ins, outs, read, observed=True, advance=False):
    """The function computing ``node`` on a store (``advance``: a draw may advance its
    state itself, see ``link``'s ``owned_states``)."""
    op = node.op
    refuse = getattr(getattr(op, "origin", op), "refuse_to_link", None)
    if refuse is not None:  # an op Theano 1.0.5 builds but cannot make a thunk of
        refuse(node)
    if isinstance(op, RandomFunction):  # numpy draws: a thunk of their own (see the docstring)
        return _random_thunk(node, ins, outs, read, observed, in_place=op.inplace or advance)
    if is_random(op):
        thunk = _generic_thunk(node, ins, outs)
        return _observed(node, ins, outs, thunk) if observed else thunk
    if type(op) is Elemwise:
        return _elemwise_thunk(node, ins, outs)
    return _generic_thunk(node, ins, outs)


def run_node(node, values):
    """``node``'s outputs for its inputs' ``values``, as a compiled function computes them
    (Theano's test values); a random state among the values is drawn from as a copy."""
    values = [copy.deepcopy(v) if isinstance(v, np.random.RandomState) else v for v in values]
    n = len(values)
    outs = list(range(n, n + len(node.outputs)))
    store = list(values) + [None] * len(outs)
    make_thunk(node, list(range(n)), outs, {id(o) for o in node.outputs}, observed=False)(store)
    return [store[k] for k in outs]


register_node_runner(run_node)  # test values are computed with it (the graph layer is below)


def _generic_thunk(node, ins, outs):
    perform = node.op.perform

    def thunk(store):
        results = perform(node, [store[i] for i in ins])
        for s, v in zip(outs, results):
            store[s] = v

    return thunk


# a two-input add or multiply is the ufunc itself (the n-ary impl loops over its inputs)
_BINARY = {"Add": np.add, "Mul": np.multiply}


_WIDE = frozenset(("float64", "int64", "uint64", "bool"))  # the dtypes a Composite runs on as given


def _elemwise_thunk(node, ins, outs):
    impl = node.op.scalar_op.impl
    if isinstance(node.op.scalar_op, Composite) and all(
            i.type.dtype in _WIDE for i in node.inputs):
        impl = node.op.scalar_op.runner(  # no input needs widening to double or int64
            tuple(k for k, i in enumerate(node.inputs) if i.type.dtype == "bool"))
    dtype = np.dtype(node.outputs[0].type.dtype)
    (out,) = outs
    if len(ins) == 1:
        (a,) = ins

        def thunk(store):
            value = impl(store[a])
            if not isinstance(value, np.ndarray) or value.dtype != dtype:
                value = np.asarray(value, dtype=dtype)
            store[out] = value

        return thunk
    rigid = rigid_axes(node)  # numpy broadcasts what Theano refuses: checked after each call
    if len(ins) == 2:
        a, b = ins
        impl = _BINARY.get(getattr(node.op.scalar_op, "cls", None), impl)

        def thunk(store):
            value = impl(store[a], store[b])
            if value.__class__ is not np.ndarray or value.dtype != dtype:
                value = np.asarray(value, dtype=dtype)
            if rigid and (1 in np.shape(store[a]) or 1 in np.shape(store[b])):
                check_dimensions(node, rigid, [store[a], store[b]], value.shape)
            store[out] = value

        return thunk

    def thunk(store):
        values = [store[i] for i in ins]
        value = impl(*values)
        if not isinstance(value, np.ndarray) or value.dtype != dtype:
            value = np.asarray(value, dtype=dtype)
        if rigid:
            check_dimensions(node, rigid, values, value.shape)
        store[out] = value

    return thunk


def _observed(node, ins, outs, thunk):
    """``thunk`` of a random node, its draw told to the observer (``rngscope.observe``)."""
    r_in, (r_out, d_out) = ins[0], outs

    def observed(store):
        observer = _observe.current
        if observer is None:
            return thunk(store)
        if observer.wants_state_before:
            observer.before_draw(node, store[r_in])
        thunk(store)
        observer.on_draw(node, store[r_out], store[d_out])

    return observed


def _random_thunk(node, ins, outs, read, observed=True, in_place=False):
    op = node.op
    r_slot, size_slot, param_slots = ins[0], ins[1], ins[2:]
    r_out, d_out = outs
    size_var, params = node.inputs[1], node.inputs[2:]
    constant_args = isinstance(size_var, Constant) and all(isinstance(p, Constant) for p in params)
    simple = op.fn in ("uniform", "normal", "binomial", "poisson") and op.ndim_added == 0
    state_unused = id(node.outputs[0]) not in read
    dtype = np.dtype(op.outtype.dtype)

    if constant_args and simple:
        shape = tuple(int(s) for s in size_var.data) or None
        args = [p.data for p in params]
        method = op.fn
        reshape = shape is None and op.outtype.ndim > 0

        def draw(r):
            value = getattr(r, method)(*args, shape)
            if not isinstance(value, np.ndarray) or value.dtype != dtype:
                value = np.asarray(value, dtype=dtype)
            if reshape:
                value = value.reshape([1] * op.outtype.ndim)
            return value
    else:
        def draw(r):
            return op.perform(node, [r, store_size[0]] + store_params[0])[1]

    if constant_args and simple and in_place:
        make = _inplace_draw_thunk if observed else _quiet_inplace_draw_thunk
        return make(node, r_slot, r_out, d_out, shape, args, dtype, reshape)
    store_size, store_params = [None], [None]
    general = not (constant_args and simple)
    advancing = op if op.inplace or not in_place else op.as_inplace()  # (perform without a copy)
    cache = {"state": None, "version": None, "value": None}

    def thunk(store):
        r = store[r_slot]
        if not isinstance(r, np.random.RandomState):
            raise AssertionError((type(r), r))
        if general:
            store_size[0] = store[size_slot]
            store_params[0] = [store[i] for i in param_slots]
        observer = _observe.current if observed else None
        if observer is not None and observer.wants_state_before:
            observer.before_draw(node, r)
        if in_place:
            if general:
                new_r, value = advancing.perform(node, [r, store_size[0]] + store_params[0])
            else:
                new_r, value = r, draw(r)
        elif state_unused and not general and type(r) is TrackedState:
            # Same object, unchanged count: the copy would make the very same draw.
            if cache["state"] is not r or cache["version"] != r.version:
                cache["value"] = draw(copy.deepcopy(r))
                cache["state"], cache["version"] = r, r.version
            new_r, value = r, cache["value"].copy()
        elif general:
            new_r, value = op.perform(node, [r, store_size[0]] + store_params[0])
        else:
            new_r = copy.deepcopy(r)
            value = draw(new_r)
        store[r_out] = new_r
        store[d_out] = value
        if observer is not None:
            observer.on_draw(node, new_r, value)

    return thunk


def _draw_setup(node, args, dtype, shape):
    """What both in-place draw thunks close over: the RandomState method, the constant
    arguments as Python scalars where 0-d (same doubles, less conversion), whether the
    value's type must be checked, and the output's ndim.  A float64 uniform or normal
    draw with a size is already an ndarray; without one (size ()) numpy returns a Python
    float, which Theano's perform makes a 0-d array."""
    op = node.op
    base = getattr(np.random.RandomState, op.fn)
    args = tuple(a.item() if a.ndim == 0 else a for a in args)
    check = dtype != np.float64 or op.fn not in ("uniform", "normal") or shape is None
    return base, args, check, op.outtype.ndim


def _inplace_draw_thunk(node, r_slot, r_out, d_out, shape, args, dtype, reshape):
    """A draw that advances the stream itself: the RandomState method, nothing else."""
    base, args, check, ndim = _draw_setup(node, args, dtype, shape)

    def thunk(store):
        r = store[r_slot]
        if r.__class__ is TrackedState:
            r.version += 1
        elif not isinstance(r, np.random.RandomState):
            raise AssertionError((type(r), r))
        observer = _observe.current
        if observer is not None and observer.wants_state_before:
            observer.before_draw(node, r)
        value = base(r, *args, shape)
        if check and (not isinstance(value, np.ndarray) or value.dtype != dtype):
            value = np.asarray(value, dtype=dtype)
        if reshape:
            value = value.reshape([1] * ndim)
        store[r_out] = r
        store[d_out] = value
        if observer is not None:
            observer.on_draw(node, r, value)

    return thunk


def _quiet_inplace_draw_thunk(node, r_slot, r_out, d_out, shape, args, dtype, reshape):
    """``_inplace_draw_thunk`` for a program whose draws nobody is told of."""
    base, args, check, ndim = _draw_setup(node, args, dtype, shape)

    def thunk(store):
        r = store[r_slot]
        if r.__class__ is TrackedState:
            r.version += 1
        elif not isinstance(r, np.random.RandomState):
            raise AssertionError((type(r), r))
        value = base(r, *args, shape)
        if check and (not isinstance(value, np.ndarray) or value.dtype != dtype):
            value = np.asarray(value, dtype=dtype)
        if reshape:
            value = value.reshape([1] * ndim)
        store[r_out] = r
        store[d_out] = value

    return thunk
