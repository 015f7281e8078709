"""``theano.scan``: a loop whose body is a compiled inner function.

``scan(fn, sequences, outputs_info, non_sequences, n_steps)`` calls ``fn`` once on
placeholders (a sequence's ``x[t]``, an output's ``h0[t-1]``, the non-sequences),
clones what it returned onto inner inputs, and wraps the clone in a ``Scan`` op.
Shared variables the step reads become inner inputs too: read-only ones are
implicit non-sequences, and those with an update (returned by the step, or their
own ``default_update``, as a random stream's) are carried from step to step and
their final value is a Scan output, returned in ``updates``.

The step's original graph is left as it was, so a stream's ``default_update``
still points at the draw ``fn`` made on the real shared state: a function
compiled without ``updates`` applies it once, outside the loop, as Theano 1.0.5
does (the loop draws from a copy of the pre-call state; the stream slides by one
step per call).  A constant ``n_steps=1`` builds no loop at all: the step applied
once, its outputs given a leading axis.
"""
from __future__ import annotations

import copy
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from rngscope import observe as _observe
from rngscope.compile.fgraph import FunctionGraph
from rngscope.compile.function import MissingInputError, rebuild_collect_shared
from rngscope.compile.linker import link
from rngscope.compile.modes import get_mode
from rngscope.graph.basic import (
    Apply, Constant, Op, Variable, clone_graph, clone_replace, graph_inputs,
)
from rngscope.shared import SharedVariable
from rngscope.tensor import basic as T
from rngscope.tensor import gradient
from rngscope.tensor.blas import Dot
from rngscope.tensor.variable import TensorType


def _compile_inner(inputs, outputs, protected):
    """An inner graph rewritten in the default mode and linked: (FunctionGraph, Program)."""
    fg = FunctionGraph(inputs, outputs, protected=protected)
    fg.listeners = []
    get_mode(None).optimize(fg)
    fg.release_dropped()
    program = link(fg)
    program.bind_shared([], len(inputs), [], len(outputs))
    return fg, program


__all__ = ["OrderedUpdates", "Scan", "ScanGrad", "foldl", "foldr", "map", "reduce", "scan"]


class OrderedUpdates(OrderedDict):
    """Updates in insertion order, keyed by shared variables (Theano's ``OrderedUpdates``)."""

    def __setitem__(self, key, value):
        if not isinstance(key, SharedVariable):
            raise TypeError("OrderedUpdates keys must inherit from SharedVariable", key)
        super().__setitem__(key, value)

    def update(self, other=None, **kwargs):
        if other is None:
            return
        items = other.items() if isinstance(other, dict) else other
        for key, value in items:
            if key in self and self[key] is not value:
                raise KeyError("Collision", key)
            self[key] = value

    def __add__(self, other):
        merged = OrderedUpdates(self)
        merged.update(other)
        return merged


@dataclass(frozen=True, eq=False)
class Scan(Op):
    """The loop.  Outer inputs: (n_steps, *sequences, *initial states, *shared states,
    *the number of steps of each output not fed back, *non_sequences), as Theano's Scan
    lists them; outer outputs: one stacked output per step output, then the final value
    of each shared state.  ``seq_taps[i]`` are sequence i's taps; ``out_taps[k]``
    those of step output k (``()``: not fed back); an output fed back with taps ``(-1,)``
    starts from its initial value, any other taps from an initial buffer (leading axis).
    """

    name: str
    seq_taps: tuple
    out_taps: tuple
    n_shared: int
    n_nonseq: int
    inner_inputs: tuple
    inner_outputs: tuple
    go_backwards: bool = False
    truncate_gradient: int = -1
    n_steps_given: bool = True

    def __post_init__(self):
        private, inputs = clone_graph(list(self.inner_outputs), list(self.inner_inputs))
        # The loop copies a carried random state once, so its draws may advance it in
        # place; every other input is the caller's and is never written to.
        first = len(inputs) - self.n_nonseq - self.n_shared
        carried = {id(v) for v in inputs[first:first + self.n_shared]}
        protected = [v for v in inputs
                     if id(v) not in carried or isinstance(v.type, TensorType)]
        fg, program = _compile_inner(inputs, private, protected)
        object.__setattr__(self, "program", program)
        object.__setattr__(self, "fgraph", fg)

    def __str__(self):
        return "for{cpu,%s}" % self.name

    def outer_position(self, k):
        """The position among the node's inputs of what feeds inner input ``k``."""
        fed = [taps for taps in self.out_taps if taps]
        positions = []
        for i, taps in enumerate(self.seq_taps + tuple(fed)):
            positions.extend([1 + i] * len(taps))
        start = 1 + len(self.seq_taps) + len(fed)
        positions.extend(range(start, start + self.n_shared))
        start += self.n_shared + len(self.out_taps) - len(fed)
        positions.extend(range(start, start + self.n_nonseq))
        return positions[k]

    def make_node(self, *inputs):
        types = []
        for k in range(len(self.out_taps)):
            t = self.inner_outputs[k].type
            types.append(TensorType(t.dtype, (False,) + t.broadcastable))
        shared_start = 1 + len(self.seq_taps) + sum(1 for taps in self.out_taps if taps)
        types += [v.type for v in inputs[shared_start:shared_start + self.n_shared]]
        return Apply(self, inputs, types)

    def perform(self, node, inputs):
        results, states, _args = self.loop(inputs, keep_args=False, node=node)
        return self.stacked(node.outputs, results) + list(states)

    def loop(self, inputs, keep_args, node=None):
        """Run the steps: (each output's per-step values, final shared states, and with
        ``keep_args`` each step's inner arguments, for the gradient's backward pass).
        With ``node``, an observer is told the loop starts (``observe.on_loop``)."""
        n_seq = len(self.seq_taps)
        fed = [k for k, taps in enumerate(self.out_taps) if taps]
        requested = int(inputs[0])
        seqs = inputs[1:1 + n_seq]
        inits = inputs[1 + n_seq:1 + n_seq + len(fed)]
        pos = 1 + n_seq + len(fed)
        states = [copy.deepcopy(s) if isinstance(s, np.random.RandomState) else s
                  for s in inputs[pos:pos + self.n_shared]]
        n_nitsot = len(self.out_taps) - len(fed)
        nonseqs = list(inputs[pos + self.n_shared + n_nitsot:])
        if self.go_backwards:
            seqs = [s[::-1] for s in seqs]
        lengths = [len(s) - (max(taps) - min(taps)) for s, taps in zip(seqs, self.seq_taps)]
        if not self.n_steps_given:
            n = min(lengths)
        elif requested < 0:
            raise IndexError("Scan was asked to run for negative number of step %d" % requested)
        else:
            n = requested
            for k, length in enumerate(lengths):
                if length < n:
                    seq = node.inputs[1 + k] if node is not None else None
                    raise ValueError("Sequence is shorter then the required number of steps : "
                                     "(n_steps, seq, seq.shape):", inputs[0], seq,
                                     np.shape(seqs[k]))
        if n == 0:
            raise NotImplementedError("We didn't implemented yet the case where scan do 0 iteration")
        if node is not None and _observe.current is not None:
            _observe.current.on_loop(node, n)
        histories = {}
        for k, init in zip(fed, inits):
            taps = self.out_taps[k]
            histories[k] = [init] if taps == (-1,) else list(init)
        results = [[] for _ in self.out_taps]
        kept = []
        call = self.program.call
        n_out = len(self.out_taps)
        for t in range(n):
            args = []
            for s, taps in zip(seqs, self.seq_taps):
                base = t - min(taps)
                args.extend(s[base + tap] for tap in taps)
            for k in fed:
                hist = histories[k]
                args.extend(hist[len(hist) + tap] for tap in self.out_taps[k])
            args.extend(states)
            args.extend(nonseqs)
            if keep_args:  # a state the step will advance in place is kept as it is now
                kept.append([copy.deepcopy(a) if isinstance(a, np.random.RandomState) else a
                             for a in args])
            values = call(args)
            for k in range(n_out):
                results[k].append(values[k])
            for k in fed:
                histories[k].append(values[k])
            states = values[n_out:]
        return results, states, kept

    @staticmethod
    def stacked(outputs, results):
        outs = []
        for out, steps in zip(outputs, results):
            dtype = out.type.dtype
            if steps:
                outs.append(np.asarray(np.stack(steps), dtype=dtype))
            else:
                outs.append(np.zeros((0,) * out.type.ndim, dtype=dtype))
        return outs


@dataclass(frozen=True, eq=False)
class ScanGrad(Op):
    """Backpropagation through a Scan's steps: inputs (the Scan's inputs, the gradient of
    each stacked output), outputs the gradients of its sequences, initial states and
    non-sequences (``wrt``: their positions among the Scan's inputs).  The forward steps
    are run again (from the same states, so the same draws), then the steps backwards,
    each through the compiled gradient of one step; ``truncate_gradient=k`` > 0 runs only
    the last k of them."""

    scan: Scan
    wrt: tuple

    def __post_init__(self):
        scan = self.scan
        inner_in = list(scan.inner_inputs)
        g_in = [o.type() for o in scan.inner_outputs[:len(scan.out_taps)]]
        targets = [inner_in[k] for k in self.inner_wrt()]
        # each output's gradient is given to a copy of it, so an output that also feeds
        # another output (h_t and 2 * h_t) gets both gradients (Theano copies them too)
        copies = [T.tensor_copy(o) for o in scan.inner_outputs[:len(g_in)]]
        grads = gradient.grad(None, targets, disconnected_inputs="ignore",
                              known_grads=dict(zip(copies, g_in)))
        grads = [T.cast(g, t.type.dtype) if g.type.dtype != t.type.dtype else g
                 for g, t in zip(grads, targets)]
        # A non-sequence's gradient that is one step's dot(a, b) of two matrices is summed
        # over the steps as one dot of the stacked factors, after the loop (Theano's scan
        # pushes it out of the backward loop so, and the sum rounds as that dot does).
        kinds = self.inner_kinds()
        step_inputs = {id(v) for k, v in enumerate(inner_in) if kinds[k][0] == "nonseq"}
        layout, outs = [], []
        for inner_k, g in zip(self.inner_wrt(), grads):
            if kinds[inner_k][0] == "nonseq" and _pushable_dot(g, step_inputs):
                layout.append((len(outs), True))
                outs.extend(g.owner.inputs)
            else:
                layout.append((len(outs), False))
                outs.append(g)
        object.__setattr__(self, "layout", tuple(layout))
        grads = outs
        # the backward steps read the forward steps' outputs, as Theano's do, instead of
        # computing them again (a tanh's gradient uses the tanh it made)
        n_out = len(scan.out_taps)
        y_in = [o.type() for o in scan.inner_outputs[:n_out]]
        grads, _ = clone_replace(grads, {o: y for o, y in zip(scan.inner_outputs[:n_out], y_in)
                                         if o.owner is not None})
        private, inputs = clone_graph(grads, inner_in + g_in + y_in)
        _fg, program = _compile_inner(inputs, private, inputs)
        object.__setattr__(self, "program", program)

    def __str__(self):
        return "grad_of_%s" % self.scan

    def inner_kinds(self):
        """Where each inner input comes from: ("seq", i, tap), ("out", k, tap), ("shared", j, 0)
        or ("nonseq", j, 0)."""
        scan = self.scan
        kinds = []
        for i, taps in enumerate(scan.seq_taps):
            kinds.extend(("seq", i, tap) for tap in taps)
        for k, taps in enumerate(scan.out_taps):
            if taps:
                kinds.extend(("out", k, tap) for tap in taps)
        kinds.extend(("shared", j, 0) for j in range(scan.n_shared))
        kinds.extend(("nonseq", j, 0) for j in range(scan.n_nonseq))
        return kinds

    def inner_wrt(self):
        """The inner inputs whose gradients the step's gradient computes (in order)."""
        wanted = set(self.wrt)
        return [k for k in range(len(self.scan.inner_inputs))
                if self.scan.outer_position(k) in wanted]

    def make_node(self, *inputs):
        outer = inputs[:len(inputs) - len(self.scan.out_taps)]
        return Apply(self, inputs, [outer[k].type for k in self.wrt])

    def perform(self, node, inputs):
        with _observe.unobserved():  # the steps again, and back: their draws were reported
            return self._backprop(node, inputs)

    def _backprop(self, node, inputs):
        scan = self.scan
        n_out = len(scan.out_taps)
        outer, g_outs = inputs[:len(inputs) - n_out], inputs[len(inputs) - n_out:]
        results, _states, kept = scan.loop(outer, keep_args=True, node=node)
        n = len(kept)
        first = 0 if scan.truncate_gradient < 0 else max(0, n - scan.truncate_gradient)
        inner_wrt = self.inner_wrt()
        kinds, fed = self.inner_kinds(), [k for k, taps in enumerate(scan.out_taps) if taps]
        factors = {}  # position -> ([a per step], [b per step]) of a pushed-out dot(a, b)
        depth = {k: (1 if scan.out_taps[k] == (-1,) else -min(scan.out_taps[k])) for k in fed}
        sums = {k: np.zeros_like(np.asarray(outer[k], dtype="float64")) for k in self.wrt}
        later = {k: {} for k in fed}  # gradient reaching history position p from later steps
        call = self.program.call
        for t in range(n - 1, first - 1, -1):
            g_step = []
            for k in range(n_out):
                g = np.asarray(g_outs[k][t]) if g_outs[k] is not None else 0.0
                if k in later:
                    g = g + later[k].pop(depth[k] + t, 0.0)
                g_step.append(np.asarray(g, dtype=scan.inner_outputs[k].type.dtype))
            values = call(list(kept[t]) + g_step + [steps[t] for steps in results])
            for inner_k, (at, pushed) in zip(inner_wrt, self.layout):
                kind, j, tap = kinds[inner_k]
                position = scan.outer_position(inner_k)
                if pushed:
                    a_steps, b_steps = factors.setdefault(position, ([], []))
                    a_steps.append(values[at])
                    b_steps.append(values[at + 1])
                    continue
                value = values[at]
                if kind == "seq":
                    index = t - min(scan.seq_taps[j]) + tap
                    if scan.go_backwards:
                        index = len(outer[1 + j]) - 1 - index
                    sums[position][index] += value
                elif kind == "out":
                    p = depth[j] + t + tap
                    if p >= depth[j]:
                        later[j][p] = later[j].get(p, 0.0) + value
                    elif scan.out_taps[j] == (-1,):
                        sums[position] += value
                    else:
                        sums[position][p] += value
                else:
                    sums[position] += value
        for position, (a_steps, b_steps) in factors.items():
            a, b = np.stack(a_steps), np.stack(b_steps)  # (steps, p, q), (steps, q, r)
            a = a.transpose(1, 0, 2).reshape(a.shape[1], -1)
            b = b.reshape(-1, b.shape[2])
            sums[position] = sums[position] + np.dot(a, b)
        return [np.asarray(sums[k], dtype=node.outputs[i].type.dtype)
                for i, k in enumerate(self.wrt)]


def _pushable_dot(g, step_inputs):
    """Whether ``g`` is dot(a, b) of two matrices that both change from step to step
    (neither is a non-sequence nor a constant)."""
    node = g.owner
    if node is None or type(node.op) is not Dot or g.ndim != 2:
        return False
    return all(i.ndim == 2 and id(i) not in step_inputs and not isinstance(i, Constant)
               for i in node.inputs)


def _scan_grads(node, out_grads):
    """The gradients of a Scan's inputs: one ScanGrad node for all the float ones."""
    op = node.op
    fed = sum(1 for taps in op.out_taps if taps)
    n_seq = len(op.seq_taps)
    candidates = list(range(1, 1 + n_seq + fed))
    start = 1 + n_seq + fed + op.n_shared + (len(op.out_taps) - fed)
    candidates += list(range(start, start + op.n_nonseq))
    wrt = tuple(k for k in candidates
                if getattr(node.inputs[k].type, "dtype", "")[:5] in ("float", "compl"))
    if not wrt:
        return [None] * len(node.inputs)
    g_outs = [g if g is not None else T.zeros_like(o)
              for g, o in zip(out_grads[:len(op.out_taps)], node.outputs)]
    grads = ScanGrad(op, wrt).make_node(*(list(node.inputs) + g_outs)).outputs
    result = [None] * len(node.inputs)
    for k, g in zip(wrt, grads):
        result[k] = g
    return result


gradient.RULES[Scan] = _scan_grads


# ---------------------------------------------------------------- building


def _as_list(x):
    if x is None:
        return []
    if isinstance(x, (list, tuple)):
        return list(x)
    return [x]


def _placeholder(var, name):
    """A fresh variable of ``var``'s type (one step's state, or a copy of a shared value)."""
    if isinstance(var.type, TensorType):
        p = var.type()
    else:  # a random state
        p = Variable(var.type)
    p.name = name
    return p


def _slice_type_var(var, name):
    t = var.type
    p = TensorType(t.dtype, t.broadcastable[1:])()
    p.name = name
    return p


def _tap_name(name, tap, var="t"):
    if name is None:
        return None
    if tap == 0:
        return "%s[%s]" % (name, var)
    return "%s[%s%+d]" % (name, var, tap)


_BAD_RETURN = (
    "The return value of your scan lambda expression may only be made of lists, tuples, or "
    "dictionaries containing Theano variables (or `theano.scan_module.until` objects for "
    "conditions). In particular if you need to use constant values, you can use "
    "`tensor.constant` to turn them into Theano variables.")


def _outputs_and_updates(ret):
    """Split a step's return value into (outputs, updates) as Theano accepts them."""
    def is_updates(x):
        return isinstance(x, dict) or (
            isinstance(x, (list, tuple)) and x and all(
                isinstance(p, tuple) and len(p) == 2 and isinstance(p[0], SharedVariable)
                for p in x))

    if is_updates(ret):
        outputs, updates = [], ret
    elif isinstance(ret, (list, tuple)) and len(ret) == 2 and is_updates(ret[1]):
        outputs, updates = ret[0], ret[1]
    elif isinstance(ret, (list, tuple)) and len(ret) == 2 and is_updates(ret[0]):
        outputs, updates = ret[1], ret[0]
    else:
        outputs, updates = ret, []
    outputs = _as_list(outputs)
    for o in outputs:
        if not isinstance(o, Variable):
            raise ValueError(_BAD_RETURN)
    items = list(updates.items()) if isinstance(updates, dict) else list(updates)
    return outputs, items


def scan(fn, sequences=None, outputs_info=None, non_sequences=None, n_steps=None,
         truncate_gradient=-1, go_backwards=False, mode=None, name=None, profile=False,
         allow_gc=None, strict=False, return_list=False):
    """Loop ``fn`` over ``sequences`` (Theano's ``theano.scan``): (outputs, updates)."""
    if strict and non_sequences is not None and not isinstance(non_sequences, (list, tuple)):
        raise TypeError("TensorType does not support iteration. Maybe you are using builtin.sum "
                        "instead of theano.tensor.sum? (Maybe .max?)")
    seqs = []
    for s in _as_list(sequences):
        if isinstance(s, dict):
            var = T.as_tensor_variable(s["input"])
            taps = tuple(s.get("taps", [0]))
        else:
            var, taps = T.as_tensor_variable(s), (0,)
        seqs.append((var, taps))
    outs_info = _as_list(outputs_info)
    outs = []  # (initial or None, taps)
    for o in outs_info:
        if isinstance(o, dict):
            if o.get("initial") is None:
                if o.get("taps"):
                    raise ValueError("If you are using slices of an output you need to provide "
                                     "a initial state for it", o)
                outs.append((None, ()))
            else:
                outs.append((T.as_tensor_variable(o["initial"]), tuple(o.get("taps", [-1]))))
        elif o is None:
            outs.append((None, ()))
        else:
            outs.append((T.as_tensor_variable(o), (-1,)))
    nonseqs = [T.as_tensor_variable(v) if not isinstance(v, Variable) else v
               for v in _as_list(non_sequences)]

    fixed = None
    if n_steps is not None:
        n_steps_var = T.as_tensor_variable(n_steps)
        if isinstance(n_steps_var, Constant):
            fixed = int(n_steps_var.data)
    elif not seqs:
        raise ValueError("No information about the number of steps provided. Either provide a "
                         "value for n_steps argument of scan or provide an input sequence")
    if fixed is not None and fixed == 1:
        return _one_step(fn, seqs, outs, nonseqs, return_list)

    # the step's arguments: slices of sequences, then past outputs, then non-sequences
    args, inner_seq, inner_out = [], [], []
    for var, taps in seqs:
        for tap in taps:
            p = _slice_type_var(var, _tap_name(var.name, tap))
            inner_seq.append(p)
            args.append(p)
    for init, taps in outs:
        for tap in taps:
            if taps == (-1,):
                p = _placeholder(init, _tap_name(init.name, tap))
            else:
                p = _slice_type_var(init, _tap_name(init.name, tap))
            inner_out.append(p)
            args.append(p)
    # the step sees the non-sequences themselves (so a draw sized by one still compiles
    # outside the loop); the inner graph reads copies of them
    inner_nonseq = []
    for v in nonseqs:
        p = v if isinstance(v, Constant) else _placeholder(v, None if v.name is None
                                                            else v.name + "_copy")
        inner_nonseq.append(p)
    args += nonseqs

    step_outputs, step_updates = _outputs_and_updates(fn(*args))
    if len(step_outputs) != len(outs) and outs:
        if len(step_outputs) > len(outs):
            raise ValueError("Please provide None as outputs_info for any output that does not "
                             "feed back into scan (i.e. it behaves like a map) ")
    if not outs:
        outs = [(None, ())] * len(step_outputs)
    step_outputs = [T.as_tensor_variable(o) for o in step_outputs]
    _check_states(outs, step_outputs, len(seqs))

    # the step's outputs in terms of the placeholders (non-sequences replaced by theirs)
    nonseq_map = {}
    for v, p in zip(nonseqs, inner_nonseq):
        if p is not v:
            nonseq_map[v] = p
    _, shared_inputs, update_d, _ = rebuild_collect_shared(
        step_outputs, None, step_updates, False, args)
    carried = [s for s in shared_inputs if id(s) in update_d]
    read_only = [s for s in shared_inputs if id(s) not in update_d
                 and not any(s is v for v in nonseqs)]
    if strict and read_only:
        raise MissingInputError("ScanOp is missing an input: %s" % read_only[0])
    carried_inner = [_placeholder(s, None if s.name is None else s.name + "_copy")
                     for s in carried]
    read_inner = [_placeholder(s, None if s.name is None else s.name + "_copy")
                  for s in read_only]
    mapping = dict(nonseq_map)
    for s, p in zip(carried + read_only, carried_inner + read_inner):
        if not any(s is v for v in nonseqs):
            mapping[s] = p
    new_updates = [update_d[id(s)] for s in carried]
    # a symbolic variable the step reads from outside (not an argument, shared variable
    # or constant) is an extra non-sequence, after the given ones (as Theano adds it)
    known = {id(a) for a in args}
    extra = [v for v in graph_inputs(step_outputs + new_updates)
             if id(v) not in known and not isinstance(v, (Constant, SharedVariable))]
    extra_inner = [_placeholder(v, v.name) for v in extra]
    mapping.update(zip(extra, extra_inner))
    inner_outputs, _ = clone_replace(step_outputs + new_updates, mapping)

    nonseq_outer = [v for v, p in zip(nonseqs, inner_nonseq) if p is not v] + extra + read_only
    nonseq_inner = [p for v, p in zip(nonseqs, inner_nonseq) if p is not v] + extra_inner \
        + read_inner
    op = Scan(
        name=name or "scan_fn",
        seq_taps=tuple(taps for _v, taps in seqs),
        out_taps=tuple(taps for _i, taps in outs),
        n_shared=len(carried),
        n_nonseq=len(nonseq_outer),
        inner_inputs=tuple(inner_seq + inner_out + carried_inner + nonseq_inner),
        inner_outputs=tuple(inner_outputs),
        go_backwards=bool(go_backwards),
        truncate_gradient=int(truncate_gradient),
        n_steps_given=n_steps is not None,
    )
    n_var = T.as_tensor_variable(n_steps) if n_steps is not None else \
        T.constant(np.int64(-1))
    n_nitsot = sum(1 for _i, taps in outs if not taps)
    outer = [n_var] + [v for v, _t in seqs] + [i for i, taps in outs if taps] + carried \
        + [n_var] * n_nitsot + nonseq_outer
    node = op.make_node(*outer)
    results = node.outputs[:len(outs)]
    updates = OrderedUpdates()
    for s, out in zip(carried, node.outputs[len(outs):]):
        updates[s] = out
    if len(results) == 1 and not return_list:
        return results[0], updates
    return list(results), updates


def _check_states(outs, step_outputs, n_seqs):
    """The initial state and the step's result must agree in ndim and dtype (Theano's texts)."""
    for k, ((init, taps), out) in enumerate(zip(outs, step_outputs)):
        if not taps:
            continue
        buf_ndim = init.type.ndim + 1 if taps == (-1,) else init.type.ndim
        if buf_ndim != out.type.ndim + 1:
            raise ValueError(
                "When compiling the inner function of scan (the function called by scan in each "
                "of its iterations) the following error has been encountered: The initial state "
                "(`outputs_info` in scan nomenclature) of variable IncSubtensor{Set;:int64:}.0 "
                "(argument number %d) has %d dimension(s), while the corresponding variable in "
                "the result of the inner function of scan (`fn`) has %d dimension(s) (it should be "
                "one less than the initial state). For example, if the inner function of scan "
                "returns a vector of size d and scan uses the values of the previous time-step, "
                "then the initial state in scan should be a matrix of shape (1, d). The first "
                "dimension of this matrix corresponds to the number of previous time-steps that "
                "scan uses in each of its iterations. In order to solve this issue if the two "
                "varialbe currently have the same dimensionality, you can increase the "
                "dimensionality of the variable in the initial state of scan by using dimshuffle "
                "or shape_padleft. "
                % (n_seqs + k, buf_ndim, out.type.ndim))
        if init.type.dtype != out.type.dtype:
            raise ValueError(
                "When compiling the inner function of scan the following error has been "
                "encountered: The initial state (`outputs_info` in scan nomenclature) of variable "
                "IncSubtensor{Set;:int64:}.0 (argument number %d) has dtype %s, while the result "
                "of the inner function (`fn`) has dtype %s. This can happen if the inner function "
                "of scan results in an upcast or downcast."
                % (n_seqs + k, init.type.dtype, out.type.dtype))


def _one_step(fn, seqs, outs, nonseqs, return_list):
    """A constant ``n_steps=1``: the step applied once, each output with a leading axis."""
    args = []
    for var, taps in seqs:
        args.extend(var[tap - min(taps)] for tap in taps)
    for init, taps in outs:
        if taps == (-1,):
            args.append(init)
        else:
            args.extend(init[tap - min(taps)] for tap in taps)
    args += nonseqs
    step_outputs, step_updates = _outputs_and_updates(fn(*args))
    results = [T.unbroadcast(T.dimshuffle(T.as_tensor_variable(o),
                                          ["x"] + list(range(o.type.ndim))), 0)
               for o in step_outputs]
    updates = OrderedUpdates()
    updates.update(step_updates)
    if len(results) == 1 and not return_list:
        return results[0], updates
    return results, updates


def map(fn, sequences, non_sequences=None, truncate_gradient=-1, go_backwards=False,
        mode=None, name=None):
    """``fn`` applied to each element of ``sequences`` (a scan without feedback)."""
    return scan(fn, sequences=sequences, outputs_info=[], non_sequences=non_sequences,
                truncate_gradient=truncate_gradient, go_backwards=go_backwards, mode=mode,
                name=name)


def reduce(fn, sequences, outputs_info, non_sequences=None, go_backwards=False, mode=None,
           name=None):
    """The last step of a scan (``theano.reduce``)."""
    outputs, updates = scan(fn, sequences=sequences, outputs_info=outputs_info,
                            non_sequences=non_sequences, go_backwards=go_backwards, mode=mode,
                            name=name)
    if isinstance(outputs, list):
        return [o[-1] for o in outputs], updates
    return outputs[-1], updates


def foldl(fn, sequences, outputs_info, non_sequences=None, mode=None, name=None):
    """``reduce`` from the first element."""
    return reduce(fn, sequences, outputs_info, non_sequences, False, mode, name)


def foldr(fn, sequences, outputs_info, non_sequences=None, mode=None, name=None):
    """``reduce`` from the last element."""
    return reduce(fn, sequences, outputs_info, non_sequences, True, mode, name)
