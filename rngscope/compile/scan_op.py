"""The ``Scan`` op (Theano's loop) and ``ScanGrad``, its backpropagation through the steps.

A Scan node's outer inputs are laid out as Theano 1.0.5 lays them out:

    (n_steps, *sequences, *buffers of the fed-back outputs, *carried states,
     *the number of steps of each output not fed back, *non-sequences)

Each sequence is read at step ``t`` (``scan()`` slices one sequence per tap outside the
loop).  A fed-back output's buffer holds its initial rows (one for taps ``(-1,)``, ``-min(taps)``
for others) and room for the steps; the node's output for it is that buffer filled in, its
initial rows first.  An output not fed back is stacked; a carried state (a random stream,
which Theano cannot hold in a buffer) is passed from step to step and its last value is an
output.  The inner graph is rewritten and linked once, when the op is made.
"""
from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass

import numpy as np

from rngscope import observe as _observe
from rngscope.compile.fgraph import FunctionGraph
from rngscope.compile.linker import link
from rngscope.compile.modes import get_mode
from rngscope.graph.basic import (
    Apply, Constant, Op, ancestors, clone_graph, clone_replace, forced_replace,
)
from rngscope.tensor import basic as T
from rngscope.tensor import gradient
from rngscope.tensor.blas import Dot
from rngscope.tensor.shape_ops import Shape_i
from rngscope.tensor.variable import TensorType

__all__ = ["Scan", "ScanGrad"]


def _compile_inner(inputs, outputs, protected, n_kept=0):
    """An inner graph rewritten in the default mode and linked: (FunctionGraph, Program).
    Its first ``n_kept`` outputs are never computed in place of another value."""
    fg = FunctionGraph(inputs, outputs, protected=protected)
    fg.listeners = []
    fg.n_kept_outputs = n_kept
    get_mode(None).optimize(fg)
    fg.release_dropped()
    program = link(fg)
    program.bind_shared([], len(inputs), [], len(outputs))
    return fg, program


@dataclass(frozen=True, eq=False)
class Scan(Op):
    """The loop (the layout is the module's).  ``out_taps[k]`` are step output k's taps
    (``()``: not fed back), the fed-back ones first, as Theano orders them; ``n_seqs``
    sequences, ``n_shared`` carried states and ``n_nonseq`` non-sequences."""

    name: str
    n_seqs: int
    out_taps: tuple
    n_shared: int
    n_nonseq: int
    inner_inputs: tuple
    inner_outputs: tuple
    truncate_gradient: int = -1
    destroyed: tuple = ()  # fed-back outputs written into their buffer (Theano's destroy_map)
    as_while: bool = False  # the last inner output is a condition: stop after a true one

    def __post_init__(self):
        private, inputs = clone_graph(list(self.inner_outputs), list(self.inner_inputs))
        # The loop copies a carried random state once, so its draws may advance it in
        # place; every other input is the caller's and is never written to.
        first = len(inputs) - self.n_nonseq - self.n_shared
        carried = {id(v) for v in inputs[first:first + self.n_shared]}
        protected = [v for v in inputs
                     if id(v) not in carried or isinstance(v.type, TensorType)]
        fg, program = _compile_inner(inputs, private, protected, len(self.out_taps))
        object.__setattr__(self, "program", program)
        object.__setattr__(self, "fgraph", fg)
        object.__setattr__(self, "n_fed", sum(1 for taps in self.out_taps if taps))
        object.__setattr__(self, "origin", self)  # the loop scan() made (its twins share it)

    def __str__(self):
        kind = "do_while" if self.as_while else "for"
        if not self.destroyed:
            return "%s{cpu,%s}" % (kind, self.name)
        if sorted(self.destroyed) == list(range(self.n_fed)):
            return "%sall_inplace,cpu,%s}" % (kind, self.name)
        return "%s{inplace{%s},cpu,%s}" % (kind, "".join("%d," % k for k in self.destroyed),
                                           self.name)

    @property
    def destroy_map(self):
        return {k: [1 + self.n_seqs + k] for k in self.destroyed}

    def buffer_positions(self):
        """(output, input) of each fed-back output and its buffer: what may be in place."""
        return [(k, 1 + self.n_seqs + k) for k in range(self.n_fed)]

    def with_step(self, inner_inputs, inner_outputs, n_nonseq):
        """This loop with another step graph (a rewrite's), answering for the same origin."""
        twin = dataclasses.replace(self, inner_inputs=tuple(inner_inputs),
                                   inner_outputs=tuple(inner_outputs), n_nonseq=n_nonseq)
        object.__setattr__(twin, "origin", self.origin)
        return twin

    def in_place(self, outputs):
        """This loop writing ``outputs`` into their buffers (the inner graph is shared)."""
        twin = copy.copy(self)
        object.__setattr__(twin, "destroyed", tuple(sorted(set(self.destroyed) | set(outputs))))
        return twin

    def depth(self, k):
        """How many initial rows fed-back output ``k``'s buffer starts with."""
        taps = self.out_taps[k]
        return 1 if taps == (-1,) else -min(taps)

    def outer_position(self, k):
        """The position among the node's inputs of what feeds inner input ``k``."""
        positions = list(range(1, 1 + self.n_seqs))
        for i, taps in enumerate(self.out_taps[:self.n_fed]):
            positions.extend([1 + self.n_seqs + i] * len(taps))
        start = 1 + self.n_seqs + self.n_fed
        positions.extend(range(start, start + self.n_shared))
        start += self.n_shared + len(self.out_taps) - self.n_fed
        positions.extend(range(start, start + self.n_nonseq))
        return positions[k]

    def make_node(self, *inputs):
        fed_start = 1 + self.n_seqs
        types = [v.type for v in inputs[fed_start:fed_start + self.n_fed]]
        for k in range(self.n_fed, len(self.out_taps)):
            t = self.inner_outputs[k].type
            types.append(TensorType(t.dtype, (False,) + t.broadcastable))
        shared_start = fed_start + self.n_fed
        types += [v.type for v in inputs[shared_start:shared_start + self.n_shared]]
        return Apply(self, inputs, types)

    def infer_shape(self, node, shapes):
        """A fed-back output is as long as its buffer, an output not fed back as its count;
        the other axes are read from the output (the inner graph's shapes are not lifted)."""
        out = []
        for k, v in enumerate(node.outputs):
            if k >= len(self.out_taps):
                out.append(None)
                continue
            rest = tuple(Shape_i(d)(v) for d in range(1, v.ndim))
            if self.as_while:  # how many steps run is known only once it ran
                out.append((Shape_i(0)(v),) + rest)
                continue
            if k < self.n_fed:
                out.append((shapes[1 + self.n_seqs + k][0],) + rest)
            else:
                count = node.inputs[1 + self.n_seqs + self.n_fed + self.n_shared + k - self.n_fed]
                out.append((count if count.dtype == "int64" else T.cast(count, "int64"),) + rest)
        return out

    def perform(self, node, inputs):
        results, states, _args = self.loop(inputs, keep_args=False, node=node)
        return self.stored(node.outputs, inputs, results) + list(states)

    def loop(self, inputs, keep_args, node=None):
        """Run the steps: (each output's per-step values, final shared states, and with
        ``keep_args`` each step's inner arguments, for the gradient's backward pass).
        With ``node``, an observer is told the loop starts (``observe.on_loop``)."""
        n_seq, n_fed = self.n_seqs, self.n_fed
        n = int(inputs[0])
        seqs = inputs[1:1 + n_seq]
        buffers = inputs[1 + n_seq:1 + n_seq + n_fed]
        pos = 1 + n_seq + n_fed
        states = [copy.deepcopy(s) if isinstance(s, np.random.RandomState) else s
                  for s in inputs[pos:pos + self.n_shared]]
        n_nitsot = len(self.out_taps) - n_fed
        nonseqs = list(inputs[pos + self.n_shared + n_nitsot:])
        if n < 0:
            raise IndexError("Scan was asked to run for negative number of step %d" % n)
        for k, s in enumerate(seqs):
            if len(s) < n:
                seq = node.inputs[1 + k] if node is not None else None
                raise ValueError("Sequence is shorter then the required number of steps : "
                                 "(n_steps, seq, seq.shape):", inputs[0], seq, np.shape(s))
        if n == 0:
            raise NotImplementedError("We didn't implemented yet the case where scan do 0 iteration")
        if node is not None and _observe.current is not None:
            _observe.current.on_loop(node, n)
        results = [[] for _ in self.out_taps]
        kept = []
        call = self.program.call
        n_out = len(self.out_taps)
        n_states = n_out + self.n_shared  # the values after them: the condition, if any
        stop = self.as_while
        if not keep_args and all(taps == (-1,) for taps in self.out_taps[:n_fed]):
            # the common loop (each output fed back from t-1): the step's arguments are
            # built in one list, with nothing kept but the last values
            last = tuple(b[0] for b in buffers)
            appends = [r.append for r in results]
            for t in range(n):
                values = call((*[s[t] for s in seqs], *last, *states, *nonseqs))
                for append, value in zip(appends, values):
                    append(value)
                last = values[:n_fed]
                states = values[n_out:n_states]
                if stop and values[n_states]:
                    break
            return results, states, kept
        histories = [list(b[:self.depth(k)]) for k, b in enumerate(buffers)]
        for t in range(n):
            args = [s[t] for s in seqs]
            for k in range(n_fed):
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
            for k in range(n_fed):
                histories[k].append(values[k])
            states = values[n_out:n_states]
            if stop and values[n_states]:
                break
        return results, states, kept

    def stored(self, outputs, inputs, results):
        """What the node outputs for each step output: a fed-back output's buffer (its
        initial rows, then the steps), an output not fed back stacked; either cut to its
        last rows when the space given for it (the buffer's length, or the count given for
        an output not fed back) is shorter, as a buffer a rewrite shrank is."""
        n_fed = self.n_fed
        first_count = 1 + self.n_seqs + n_fed + self.n_shared
        outs = []
        for k, (out, steps) in enumerate(zip(outputs, results)):
            dtype = out.type.dtype
            if k < n_fed:
                buffer = inputs[1 + self.n_seqs + k]
                d = self.depth(k)
                if k in self.destroyed and len(buffer) == d + len(steps):
                    rows = buffer  # its initial rows are in place already
                else:
                    rows = np.empty((d + len(steps),) + np.shape(buffer)[1:], dtype=dtype)
                    rows[:d] = buffer[:d]
                if steps:
                    rows[d:] = steps
                space = len(buffer)
            else:
                rows = np.asarray(np.stack(steps), dtype=dtype) if steps else \
                    np.zeros((0,) * out.type.ndim, dtype=dtype)
                space = int(inputs[first_count + k - n_fed])
            outs.append(rows[len(rows) - space:] if 0 <= space < len(rows) else rows)
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
        inner_in, g_in, grads = self.step_gradients()
        object.__setattr__(self, "through_shared", self._through_shared(inner_in, grads))
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

    def step_gradients(self):
        """One step's gradients: (the step's inputs, a gradient input per step output,
        the gradients of the inputs ``inner_wrt()`` names, in order)."""
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
        return inner_in, g_in, grads

    def _through_shared(self, inner_in, grads):
        """The positions in ``wrt`` whose one-step gradient reads a carried state (a random
        stream, a shared variable the loop updates) other than through the step's outputs,
        which the backward steps read from the forward ones: Theano 1.0.5 calls their
        gradients undefined ("Depends on a shared variable"), e.g. a dropout mask drawn in
        the step and multiplied into the recurrent state."""
        kinds = self.inner_kinds()
        carried = {id(v) for k, v in enumerate(inner_in) if kinds[k][0] == "shared"}
        if not carried:
            return frozenset()
        outputs = list(self.scan.inner_outputs[:len(self.scan.out_taps)])
        read = forced_replace(list(grads), outputs, [o.type() for o in outputs])
        return frozenset(k for k, g in zip(self.wrt, read)
                         if any(id(v) in carried for v in ancestors([g])))

    def inner_kinds(self):
        """Where each inner input comes from: ("seq", i, 0), ("out", k, tap), ("shared", j, 0)
        or ("nonseq", j, 0)."""
        scan = self.scan
        kinds = [("seq", i, 0) for i in range(scan.n_seqs)]
        for k, taps in enumerate(scan.out_taps[:scan.n_fed]):
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
        rows = self._while_rows(outer, kept)
        first = 0 if scan.truncate_gradient < 0 else max(0, n - scan.truncate_gradient)
        inner_wrt = self.inner_wrt()
        kinds, fed = self.inner_kinds(), range(scan.n_fed)
        factors = {}  # position -> ([a per step], [b per step]) of a pushed-out dot(a, b)
        depth = [scan.depth(k) for k in fed]
        sums = {k: np.zeros_like(np.asarray(outer[k], dtype="float64")) for k in self.wrt}
        if rows is not None:  # a while-loop's sequence gradients: ``rows`` rows, as Theano's
            for position in range(1, 1 + scan.n_seqs):
                if position in sums:
                    sums[position] = np.zeros((rows,) + sums[position].shape[1:])
        later = [{} for _k in fed]  # gradient reaching buffer row p from later steps
        for k in fed:  # a buffer's initial rows are the output's first rows
            position = 1 + scan.n_seqs + k
            if position in sums and g_outs[k] is not None:
                sums[position][:depth[k]] += g_outs[k][:depth[k]]
        call = self.program.call
        for t in range(n - 1, first - 1, -1):
            g_step = []
            for k in range(n_out):
                if k < scan.n_fed:
                    g = np.asarray(g_outs[k][depth[k] + t]) if g_outs[k] is not None else 0.0
                    g = g + later[k].pop(depth[k] + t, 0.0)
                else:
                    g = np.asarray(g_outs[k][t]) if g_outs[k] is not None else 0.0
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
                    sums[position][t if rows is None else t + rows - n] += value
                elif kind == "out":
                    p = depth[j] + t + tap
                    if p >= depth[j]:
                        later[j][p] = later[j].get(p, 0.0) + value
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

    def _while_rows(self, outer, kept):
        """For a while-loop over sequences, Theano 1.0.5's count of its steps in the gradient
        (the first output's length: the steps run plus a fed-back output's initial rows), or
        None.  As Theano's, the backward steps read the sequences reversed from that count
        (step t reads row t + rows - n, clipped to the sequence) and the sequence gradients
        have that many rows, step t's in row t + rows - n (_scan_grads pads them to n_steps)."""
        scan = self.scan
        if not scan.as_while or not scan.n_seqs:
            return None
        n = len(kept)
        rows = n + (scan.depth(0) if scan.n_fed else 0)
        for i in range(scan.n_seqs):
            seq = outer[1 + i]
            start = min(rows, len(seq)) - n
            for t in range(n):
                kept[t][i] = seq[t + start]
        return rows


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
    fed = op.n_fed
    n_seq = op.n_seqs
    candidates = list(range(1, 1 + n_seq + fed))
    start = 1 + n_seq + fed + op.n_shared + (len(op.out_taps) - fed)
    candidates += list(range(start, start + op.n_nonseq))
    wrt = tuple(k for k in candidates
                if getattr(node.inputs[k].type, "dtype", "")[:5] in ("float", "compl"))
    if not wrt:
        return [None] * len(node.inputs)
    g_outs = [g if g is not None else T.zeros_like(o)
              for g, o in zip(out_grads[:len(op.out_taps)], node.outputs)]
    grad_node = ScanGrad(op, wrt).make_node(*(list(node.inputs) + g_outs))
    result = [None] * len(node.inputs)
    for k, g in zip(wrt, grad_node.outputs):
        if k in grad_node.op.through_shared:
            # Theano names a non-sequence by its index among the non-sequences plus the
            # number of fed-back outputs, plus one (so often another input: as recorded)
            pos = k if k < start else k - start + fed + 1
            result[k] = gradient.undefined(op, pos, node.inputs[pos], "Depends on a shared variable")
            continue
        if op.as_while and k <= n_seq:  # Theano pads to n_steps (negative: numpy's error)
            rest = [g.shape[d] for d in range(1, g.ndim)]
            g = T.concatenate([g, T.zeros([node.inputs[0] - g.shape[0]] + rest, g.dtype)])
        result[k] = g
    return result


gradient.RULES[Scan] = _scan_grads
