"""The ``Scan`` op (Theano's loop; its gradient, another Scan, is built in scan_grad.py).

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
from rngscope.compile.shapes import as_int64, graph_shape
from rngscope.graph.basic import Apply, Op, TheanoNamed, ancestors, clone_graph, clone_replace, io_toposort
from rngscope.tensor import basic as T
from rngscope.tensor.shape_ops import Shape_i
from rngscope.tensor.variable import TensorType

__all__ = ["Scan"]


def _compile_inner(inputs, outputs, protected, kept=(0, 0), updated=(), borrowed=0,
                   observed=True, owned=()):
    """An inner graph rewritten in the default mode and linked: (FunctionGraph, Program).
    Its outputs ``kept[0]`` to ``kept[1]`` are never computed in place of another value;
    the last ``len(updated)`` outputs are the new values of the inputs ``updated`` (Theano
    compiles the step with those inputs as ``In(x, update=output)``, so its in-place pass
    tries an update's own input first); the first ``borrowed`` outputs, the step's results,
    Theano compiles as ``Out(x, borrow=True)`` (an alias between two of them is a ViewOp);
    ``observed`` False: its draws are told to no observer (a gradient loop's); ``owned``:
    the carried random states, which its draws may advance themselves."""
    fg = FunctionGraph(inputs, outputs, protected=protected)
    fg.listeners = []
    fg.kept_outputs = kept
    fg.updated = list(updated)
    fg.n_real = len(outputs) - len(updated)
    fg.borrowed_outputs = range(borrowed)
    get_mode(None).optimize(fg)
    fg.release_dropped()
    program = link(fg, observed=observed, owned_states=owned)
    program.bind_shared([], len(inputs), [], len(outputs))
    return fg, program


def _unpickled_scan(cls, fields, origin, refuse_to_link):
    """The loop ``Scan.__reduce__`` pickled."""
    loop = cls(**fields)
    if origin is not None:
        object.__setattr__(loop, "origin", origin)
    if refuse_to_link is not None:
        object.__setattr__(loop, "refuse_to_link", refuse_to_link)
    return loop


def _ordinal(n):
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n if n < 20 else n % 10, "th"))


def _leaf_size(v):
    """Whether a size is a constant or one axis of a graph input."""
    node = v.owner
    return node is None or (isinstance(node.op, Shape_i) and node.inputs[0].owner is None)


@dataclass(frozen=True, eq=False)
class Scan(Op, metaclass=TheanoNamed):
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
    # the first ``len(mitmot_out_taps)`` fed-back outputs are a gradient loop's buffers
    # (Theano's mit_mot): step t reads rows t + tap for the taps in out_taps[k] (>= 0) and
    # writes rows t + tap for the taps in mitmot_out_taps[k], one inner output each
    mitmot_out_taps: tuple = ()
    gradient: bool = False  # a loop scan_grad built: its steps are not told to an observer
    # the names of the loops a merged loop stands for, in order (rewrites/loop_merge.py),
    # and (inner input, index in ``parts``) for each of its inner inputs
    parts: tuple = ()
    part_inputs: tuple = ()
    mode: object = None  # scan(mode=...) as given (scan_merge merges loops of one mode only)

    def __post_init__(self):
        private, inputs = clone_graph(list(self.inner_outputs), list(self.inner_inputs))
        n_mm = sum(len(taps) for taps in self.mitmot_out_taps)
        object.__setattr__(self, "n_mm_outs", n_mm)
        # A gradient buffer's row read and written at the same tap is the step's to
        # overwrite: that output is computed last, possibly in place of the row (Theano's
        # preallocated mit_mot outputs, updates of their inputs).
        mutable, order = self._preallocated()
        # Every other input is the caller's and is never written to: a draw from a carried
        # random state is tried in place and reverted, as in Theano's step, whose inputs
        # are all protected.  The loop copies a carried state once, so the linked step's
        # draw still advances it itself (linker.link's owned_states).
        protected = [v for k, v in enumerate(inputs) if k not in set(mutable)]
        first = len(inputs) - self.n_nonseq - self.n_shared
        owned = [v for v in inputs[first:first + self.n_shared] if not isinstance(v.type, TensorType)]
        start = n_mm - len(mutable)  # the other gradient buffers' outputs may be in place
        end = start + len(self.out_taps) - self.n_mitmot
        # the step's results, not its carried states or condition, are borrowed outputs
        stepped = len(private) - self.n_shared - self.as_while - len(mutable)
        fg, program = _compile_inner(inputs, [private[k] for k in order], protected,
                                     (start, end), [inputs[k] for k in mutable], stepped,
                                     # a gradient loop's draws recompute the forward step's
                                     # from states it is given: no stream moves, none is told
                                     observed=not self.gradient, owned=owned)
        object.__setattr__(self, "out_order", None if order == list(range(len(private)))
                           else order)
        object.__setattr__(self, "program", program)
        object.__setattr__(self, "fgraph", fg)
        object.__setattr__(self, "n_fed", sum(1 for taps in self.out_taps if taps))
        object.__setattr__(self, "origin", self)  # the loop scan() made (its twins share it)

    def __reduce__(self):
        """Pickled as the loop's fields (the step is compiled again when unpickled, as
        ``__post_init__`` compiles it), with the loop it answers for when it is a rewrite's
        twin, and a refusal to link when it has one."""
        fields = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        origin = None if self.origin is self else self.origin
        return (_unpickled_scan, (type(self), fields, origin,
                                  self.__dict__.get("refuse_to_link")))

    def _preallocated(self):
        """(inner inputs a step may overwrite, the inner outputs in the compiled order:
        the gradient buffers' rows written where they were read last, the n-th of them the
        new value of the n-th input overwritten)."""
        mutable, last = [], []
        position, out_at = self.n_seqs, 0
        for k, out_taps in enumerate(self.mitmot_out_taps):
            for tap in self.out_taps[k]:
                if tap in out_taps:
                    mutable.append(position)
                    last.append(out_at + out_taps.index(tap))
                position += 1
            out_at += len(out_taps)
        order = [k for k in range(len(self.inner_outputs)) if k not in last] + last
        return mutable, order

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

    def part_of(self, inner):
        """The name of the loop a merged loop's inner input ``inner`` came from, as the
        inspecting commands name it (``walk_a (1st of walk_a&walk_b)``), else None."""
        for v, k in self.part_inputs:
            if v is inner:
                return "%s (%s of %s)" % (self.parts[k], _ordinal(k + 1), self.name)
        return None

    def with_step(self, inner_inputs, inner_outputs, n_nonseq, n_seqs=None):
        """This loop with another step graph (a rewrite's), answering for the same origin
        (the step is compiled once, with its whole new layout)."""
        twin = dataclasses.replace(self, inner_inputs=tuple(inner_inputs),
                                   inner_outputs=tuple(inner_outputs), n_nonseq=n_nonseq,
                                   n_seqs=self.n_seqs if n_seqs is None else n_seqs)
        object.__setattr__(twin, "origin", self.origin)
        return twin

    def in_place(self, outputs):
        """This loop writing ``outputs`` into their buffers (the inner graph is shared)."""
        twin = copy.copy(self)
        object.__setattr__(twin, "destroyed", tuple(sorted(set(self.destroyed) | set(outputs))))
        return twin

    @property
    def n_mitmot(self):
        return len(self.mitmot_out_taps)

    def inner_out(self, k):
        """The position among the inner outputs of output ``k``'s value (``k`` not a
        gradient loop's buffer); the carried states follow the last one."""
        return self.n_mm_outs + k - self.n_mitmot

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
            t = self.inner_outputs[self.inner_out(k)].type
            types.append(TensorType(t.dtype, (False,) + t.broadcastable))
        shared_start = fed_start + self.n_fed
        types += [v.type for v in inputs[shared_start:shared_start + self.n_shared]]
        return Apply(self, inputs, types)

    def infer_shape(self, node, shapes):
        """A fed-back output is as long as its buffer, an output not fed back as its count;
        the other axes are read from the output (the inner graph's shapes are not lifted:
        Theano's buffer shapes make deep size graphs that the shape memory compares
        slowly)."""
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
                buffer = shapes[1 + self.n_seqs + k]
                # the buffer's other sizes when they are an input's (Theano's infer_shape
                # gives the buffer's whole shape; a deeper size graph is read off the output)
                rest = tuple(b if _leaf_size(b) else r for b, r in zip(buffer[1:], rest))
                out.append((buffer[0],) + rest)
            else:
                count = node.inputs[1 + self.n_seqs + self.n_fed + self.n_shared + k - self.n_fed]
                rest = self._step_sizes(node, shapes, k, v) or rest
                # an int8 count n_steps=3 gave: an int64 constant of its own, not a Cast
                # (Theano's ShapeFeature.on_import), which a merge may then make the kept 3
                out.append((count if count.dtype == "int64" else as_int64(count),) + rest)
        return out

    def _step_sizes(self, node, shapes, k, v):
        """The sizes of output ``k``'s rows (not fed back) from the step's graph, where
        they read only the node's input shapes and constants; a non-sequence stands for
        itself, any other size read off the output or 1 on a broadcastable axis
        (Theano's Scan.infer_shape and its Validator)."""
        inner_in = list(self.inner_inputs)
        in_shapes = []
        for p in range(len(inner_in)):
            outer = self.outer_position(p)
            shape = shapes[outer] or ()
            in_shapes.append(shape[1:] if outer < 1 + self.n_seqs + self.n_fed else shape)
        dims = graph_shape(inner_in, in_shapes, self.inner_outputs[self.inner_out(k)])
        inner = inner_in + [o for nd in io_toposort(inner_in, list(self.inner_outputs))
                            for o in nd.outputs]
        inner_ids = set(map(id, inner))
        outer_of = {id(x): node.inputs[self.outer_position(p)] for p, x in enumerate(inner_in)
                    if p >= len(inner_in) - self.n_nonseq}
        rest = []
        for d, size in enumerate(dims, start=1):
            found = [f for f in ancestors([size], inner) if id(f) in inner_ids]
            if all(id(f) in outer_of for f in found):
                rest.append(clone_replace([size], {f: outer_of[id(f)] for f in found})[0][0]
                            if found else size)
            else:
                rest.append(T.constant(1, dtype="int64") if v.broadcastable[d] else Shape_i(d)(v))
        return tuple(rest)

    def perform(self, node, inputs):
        results, states = self.loop(inputs, node=node)
        return self.stored(node.outputs, inputs, results) + list(states)

    def loop(self, inputs, node=None):
        """Run the steps: (each output's per-step values, or a gradient loop's buffer, and
        the final shared states).  With ``node``, an observer is told the loop starts
        (``observe.on_loop``)."""
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
        if node is not None and _observe.current is not None and not self.gradient:
            _observe.current.on_loop(node, n)  # a gradient loop reruns nothing it reports
        n_out = len(self.out_taps)
        stop = self.as_while
        if all(taps == (-1,) for taps in self.out_taps[:n_fed]):
            # the common loop (each output fed back from t-1): nothing kept but the last
            # values, the step's store filled in place
            last = [b[0] for b in buffers]
            return self.program.steps(n, n_out, seqs, last, states, nonseqs, stop)
        results = [[] for _ in self.out_taps]
        call = self.program.call
        n_mm, mm_outs = self.n_mitmot, self.n_mm_outs
        # a gradient loop's buffers are written row by row (a copy unless in place)
        for k in range(n_mm):
            results[k] = buffers[k] if k in self.destroyed else np.array(buffers[k])
        histories = [None] * n_mm + [list(b[:self.depth(k)]) for k, b in
                                     enumerate(buffers) if k >= n_mm]
        n_states = mm_outs + n_out - n_mm + self.n_shared
        # step t's tap 0 is row t - min(taps) (a second-order loop reads taps below 0)
        base = [-min(self.out_taps[k]) for k in range(n_mm)]
        for t in range(n):
            args = [s[t] for s in seqs]
            for k in range(n_mm):  # rows as views: a step may write one in place
                args.extend(results[k][base[k] + t + tap, ...] for tap in self.out_taps[k])
            for k in range(n_mm, n_fed):
                hist = histories[k]
                args.extend(hist[len(hist) + tap] for tap in self.out_taps[k])
            args.extend(states)
            args.extend(nonseqs)
            values = call(args)
            if self.out_order is not None:  # back from the compiled order
                ordered = [None] * len(values)
                for value, k in zip(values, self.out_order):
                    ordered[k] = value
                values = ordered
            at = 0
            for k in range(n_mm):
                for tap in self.mitmot_out_taps[k]:
                    results[k][base[k] + t + tap] = values[at]
                    at += 1
            for k in range(n_mm, n_out):
                results[k].append(values[at + k - n_mm])
            for k in range(n_mm, n_fed):
                histories[k].append(values[at + k - n_mm])
            states = values[n_states - self.n_shared:n_states]
            if stop and values[n_states]:
                break
        return results, states

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
            if k < self.n_mitmot:  # the buffer itself, every row written in
                outs.append(np.asarray(steps, dtype=dtype))
                continue
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
                if steps and space > len(rows) and not self.as_while:
                    # room for more steps than ran (a truncated gradient loop): the rows
                    # after them are zeros, as Theano allocates them
                    rows = np.concatenate([rows, np.zeros((space - len(rows),) + rows.shape[1:],
                                                          dtype=dtype)])
            outs.append(rows[len(rows) - space:] if 0 <= space < len(rows) else rows)
        return outs
