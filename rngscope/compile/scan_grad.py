"""The gradient of a Scan node: a second Scan, ``grad_of_<name>``, as Theano 1.0.5's
Scan.L_op builds it.

The backward loop runs over the forward steps in reverse.  Its sequences are the forward
sequences reversed (``x[::-1]``), each fed-back output's rows a step read, reversed, the
gradient of each output not fed back, reversed, and each forward output itself (sliced
and reversed), all cut to the number of gradient steps.  Each fed-back forward output
becomes a gradient buffer (Theano's mit_mot): its output gradient reversed, which step t
reads at tap 0 (the total gradient of that step's value) and at the taps of the forward
step's reads, and writes at those taps (what flows back, plus what was there).  Each
non-sequence gets an accumulator (a sit_sot initialised with zeros, ``grad_steps + 1``
rows); each sequence's gradient is an output not fed back.  The step is the gradient of
the forward step (``grad`` with the step outputs' gradients as known gradients), every part
of it that recomputes a forward output read as that output (``forced_replace``).  The
gradients are then taken out: a sequence's and an initial state's reversed again, a
non-sequence's the accumulator's last row.  A gradient that depends on a random state the
step carries is undefined ("Depends on a shared variable"), as in Theano.

A gradient loop is differentiated the same way (a second-order gradient): each of its
buffers (read at taps ``r``, written at taps ``w``) becomes a buffer of the new loop read at
``-w`` and at each ``-r`` not among them, written at every ``-r`` (a gradient that would
read its own row at a tap already read reads that input), and its rows are sequences, the
buffer's final values sliced at each read tap; the new loop's tap 0 is row ``-min(taps)``.
"""
from __future__ import annotations

from rngscope.compile.graph_replace import clone_all, forced_replace
from rngscope.compile.scan_op import Scan
from rngscope.graph.basic import Constant, graph_inputs, nodes_between
from rngscope.graph.types import upcast
from rngscope.tensor import basic as T
from rngscope.tensor import gradient
from rngscope.tensor.grad_rules import NOT_CONNECTED, Null
from rngscope.tensor.variable import TensorType

__all__ = ["scan_grads"]


def scan_grads(node, out_grads):
    """The gradients of a Scan node's inputs (None: disconnected; Null: undefined)."""
    return _Builder(node, out_grads).gradients()


class _Builder:
    """Scan.L_op, step by step (the names are Theano's)."""

    def __init__(self, node, out_grads):
        self.node, self.op = node, node.op
        op = self.op
        self.inputs, self.outs = list(node.inputs), list(node.outputs)
        n_out = len(op.out_taps)
        self.dC_douts = list(out_grads[:n_out])
        n_mm = op.n_mitmot  # a gradient loop's buffers come first
        self.n_mitsot = sum(1 for t in op.out_taps[n_mm:op.n_fed] if t != (-1,))
        self.n_sitsot = op.n_fed - n_mm - self.n_mitsot
        self.n_nitsot = n_out - op.n_fed
        inner_in = list(op.inner_inputs)
        n_state_in = sum(len(t) for t in op.out_taps[:op.n_fed])
        self.in_seqs = inner_in[:op.n_seqs]
        self.in_states = inner_in[op.n_seqs:op.n_seqs + n_state_in]
        first = op.n_seqs + n_state_in
        self.in_shared = inner_in[first:first + op.n_shared]
        self.in_nonseqs = inner_in[first + op.n_shared:]
        n_state_out = op.inner_out(op.n_fed)  # every buffer's outputs, then the others'
        self.out_states = list(op.inner_outputs[:n_state_out])
        self.out_nitsot = list(op.inner_outputs[n_state_out:op.inner_out(n_out)])
        # which forward output each state input reads, and each state output writes
        self.state_of = [k for k, taps in enumerate(op.out_taps[:op.n_fed]) for _t in taps]
        self.writer_of = [k for k, taps in enumerate(op.mitmot_out_taps) for _t in taps]
        self.writer_of += list(range(n_mm, op.n_fed))
        # the first inner output of each fed-back output (Theano's inner_out_from_inner_inp)
        self.first_out = {}
        for pos, k in enumerate(self.writer_of):
            self.first_out.setdefault(k, pos)
        start = 1 + op.n_seqs + op.n_fed + op.n_shared + self.n_nitsot
        self.outer_nonseqs = self.inputs[start:]
        self.outer_shared = self.inputs[1 + op.n_seqs + op.n_fed:1 + op.n_seqs + op.n_fed
                                        + op.n_shared]

    def grad_steps(self):
        """How many steps the forward loop made, read from its outputs as Theano does."""
        op, outs = self.op, self.outs
        first_mitsot = op.n_mitmot
        if self.n_nitsot:
            steps = outs[op.n_fed].shape[0]
        elif self.n_sitsot:
            steps = outs[first_mitsot + self.n_mitsot].shape[0] - 1
        elif self.n_mitsot:
            steps = outs[first_mitsot].shape[0] + min(op.out_taps[first_mitsot])
        else:
            steps = self.inputs[0]
        self.n_steps = outs[0].shape[0] if op.as_while else None
        if op.truncate_gradient != -1:
            steps = T.minimum(steps, op.truncate_gradient)
        return steps

    def gradients(self):
        op = self.op
        grad_steps = self.grad_steps()
        diff_inputs = self.in_seqs + self.in_states + self.in_nonseqs
        diff_outputs = self.out_states + self.out_nitsot
        n_mm_outs = op.n_mm_outs
        # Theano tells a step output's kind by its position among the step outputs against
        # the count of loop outputs: equal unless a gradient loop's buffer writes several
        # rows, and then (a loop differentiated twice) the outputs after the buffers are
        # read as the kind of the output that many places on, as Theano 1.0.5 reads them
        first_nitsot, end_nitsot = op.n_fed, op.n_fed + self.n_nitsot

        def is_nitsot(idx):
            return first_nitsot <= idx < end_nitsot

        Xts, dC_dXts = [], []
        for idx, Xt in enumerate(diff_outputs):
            if idx >= n_mm_outs:  # a buffer's rows are no sequence: they have no placeholder
                Xts.append(_safe_new(Xt))
            if not is_nitsot(idx):
                dtypes = []
                below = {id(v) for v in graph_inputs([Xt])}
                for pos, inp in enumerate(self.in_states):
                    g = self.dC_douts[self.state_of[pos]]
                    if id(inp) in below and g is not None:
                        dtypes.append(g.type.dtype)
                dtype = upcast(*dtypes) if dtypes else T.FLOATX
                dC_dXts.append(TensorType(dtype, Xt.type.broadcastable)())
            else:
                g = self.dC_douts[idx]
                if g is None:
                    continue
                dC_dXts.append(TensorType(g.type.dtype, g.type.broadcastable[1:])())
        known = {}  # id(output) -> (output, gradient), in order
        at = 0
        for i, y in enumerate(diff_outputs):
            if is_nitsot(i) and self.dC_douts[i] is None:
                continue
            if id(y) in known:
                known[id(y)] = (y, known[id(y)][1] + dC_dXts[at])
            else:
                known[id(y)] = (y, dC_dXts[at])
            at += 1
        dC_dinps_t = self.step_gradients(known, diff_inputs)
        disconnected = [g is None for g in dC_dinps_t]
        for dx, g in enumerate(dC_dinps_t):
            if g is None:
                dC_dinps_t[dx] = _zeros_like(diff_inputs[dx])
            elif not isinstance(g, Null):
                for Xt, placeholder in zip(diff_outputs[n_mm_outs:], Xts):
                    g = forced_replace(g, Xt, placeholder)
                dC_dinps_t[dx] = g
        # the gradient flowing in from later steps, per state input and non-sequence
        n_seqs = op.n_seqs
        dC_dXtm1s = []
        for pos, x in enumerate(dC_dinps_t[n_seqs:]):
            opos = self.first_out.get(self.state_of[pos]) if pos < len(self.in_states) else None
            if opos is not None:
                dC_dXtm1s.append(dC_dXts[opos].type())
                if not isinstance(x, Null) and x.type.dtype != dC_dXts[opos].type.dtype:
                    dC_dinps_t[pos + n_seqs] = T.cast(x, dC_dXts[opos].type.dtype)
            else:
                dC_dXtm1s.append(None if isinstance(x, Null) else _safe_new(x))
        for dx, dC_dXtm1 in enumerate(dC_dXtm1s):
            if isinstance(dC_dinps_t[dx + n_seqs], Null):
                continue
            if dC_dXtm1 is None:
                dC_dinps_t[dx + n_seqs] = Null("undefined")
            else:
                dC_dinps_t[dx + n_seqs] = dC_dinps_t[dx + n_seqs] + dC_dXtm1
        return self.build(grad_steps, dC_dinps_t, disconnected, dC_dXts, dC_dXtm1s, Xts,
                          diff_inputs)

    def step_gradients(self, known, diff_inputs):
        """The step's gradients of ``diff_inputs`` given its outputs' (Theano's
        compute_all_gradients): None where disconnected."""
        ys = [y for y, _g in known.values()]
        below = {id(v) for v in graph_inputs(ys)}
        wanted = {id(v) for v in diff_inputs}
        wrt = [v for v in graph_inputs(ys) if id(v) in wanted and id(v) in below]
        # each output's gradient is given to a copy of it, so an output that also feeds
        # another output gets both gradients
        seeds = [(T.tensor_copy(y), g) for y, g in known.values()]
        found = gradient.known_gradients(seeds, wrt)  # wrt are leaves: nothing to block
        for v in wrt:  # a path through integer values: Theano's gradient is a zero there
            if found.get(id(v)) is None and _reaches(v, ys):
                found[id(v)] = T.zeros_like(v)
        return [found.get(id(v)) for v in diff_inputs]

    def build(self, grad_steps, dC_dinps_t, disconnected, dC_dXts, dC_dXtm1s, Xts,
              diff_inputs):
        op, inputs, outs, dC_douts = self.op, self.inputs, self.outs, self.dC_douts
        n_seqs = op.n_seqs
        n_steps = self.n_steps
        shared = {id(v) for v in self.in_shared}

        def through_shared(g):
            return any(id(v) in shared for v in graph_inputs([g]))

        def kind(g, dx):
            if isinstance(g, Null):
                return g.why
            if through_shared(g):
                return "through_shared"
            return "disconnected" if disconnected[dx] else "connected"

        def backwards(x):
            return x[n_steps - 1::-1] if op.as_while else x[::-1]

        seqs = [backwards(x) for x in inputs[1:1 + n_seqs]]
        n_mm = op.n_mitmot
        mitsot = range(n_mm, n_mm + self.n_mitsot)
        sitsot = range(n_mm + self.n_mitsot, op.n_fed)
        for k in range(n_mm + self.n_mitsot):  # each row a step read, as it is at the end
            taps = op.out_taps[k]
            low = min(taps)
            high = max(op.mitmot_out_taps[k]) if k < n_mm else 0
            for tap in taps:
                seqs.append(outs[k][tap - low:tap - high][::-1] if tap != high
                            else outs[k][tap - low:][::-1])
        seqs += [outs[k][:-1][::-1] for k in sitsot]
        for k in range(op.n_fed, len(op.out_taps)):
            if dC_douts[k] is not None:
                seqs.append(backwards(dC_douts[k]))
        seqs += [outs[k][::-1][:min(op.out_taps[k])] for k in mitsot]
        seqs += [outs[k][::-1][:-1] for k in sitsot]
        seqs += [outs[k][::-1] for k in range(op.n_fed, len(op.out_taps))]
        seqs = [s[:grad_steps] for s in seqs]
        inner_seqs = self.in_seqs + self.in_states + dC_dXts[len(self.out_states):len(self.out_states) + self.n_nitsot] + Xts

        buffers, inner_mm, outs_mm, in_taps, out_taps, type_outs = [], [], [], [], [], []
        ins_pos = n_seqs
        out_pos = 0
        for k in range(op.n_fed):
            g = dC_douts[k]
            if k < n_mm or k in mitsot:
                buffers.append(g[::-1] if g is not None else T.zeros_like(outs[k]))
            elif g is not None:
                buffers.append(g[::-1])
            else:
                dtype = T.FLOATX if isinstance(dC_dinps_t[ins_pos], Null) else \
                    dC_dinps_t[ins_pos].type.dtype
                buffers.append(T.zeros(outs[k].shape, dtype=dtype))
            # the gradients of the rows the step writes, then of those it reads: a row both
            # read and written is one input, the later gradient reads it in place of its own
            written = op.mitmot_out_taps[k] if k < n_mm else (0,)
            taps_k = []
            for tap in written:
                inner_mm.append(dC_dXts[out_pos])
                taps_k.append(-tap)
                out_pos += 1
            outs_k = []
            kinds = []
            for tap in op.out_taps[k]:
                dC_dXtm1 = dC_dXtm1s[ins_pos - n_seqs]
                g_in = dC_dinps_t[ins_pos]
                if -tap in taps_k and not isinstance(g_in, Null):
                    g_in = clone_all([g_in], {dC_dXtm1: inner_mm[len(inner_mm) - len(taps_k)
                                                                  + taps_k.index(-tap)]})[0]
                elif -tap not in taps_k:
                    inner_mm.append(dC_dXtm1)
                    taps_k.append(-tap)
                outs_mm.append(T.zeros(diff_inputs[ins_pos].shape) if isinstance(g_in, Null)
                               else g_in)
                kinds.append(kind(dC_dinps_t[ins_pos], ins_pos))
                outs_k.append(-tap)
                ins_pos += 1
            in_taps.append(tuple(taps_k))
            out_taps.append(tuple(outs_k))
            type_outs.append(_state_kind(kinds))
        inner_sitsot = dC_dXtm1s[ins_pos - n_seqs:]
        outs_sitsot = []
        for dx in range(ins_pos, len(dC_dinps_t)):
            g = dC_dinps_t[dx]
            type_outs.append(kind(g, dx))
            outs_sitsot.append(T.zeros(diff_inputs[dx].shape) if isinstance(g, Null) else g)
        outs_nitsot = []
        for dx in range(n_seqs):
            g = dC_dinps_t[dx]
            type_outs.append(kind(g, dx))
            outs_nitsot.append(T.zeros(diff_inputs[dx].shape) if isinstance(g, Null) else g)
        accumulators = []
        for j, y in enumerate(inner_sitsot):
            x = self.outer_nonseqs[j]
            dtype = T.FLOATX if y is None else y.type.dtype
            if y is None:
                inner_sitsot[j] = T.zeros(diff_inputs[ins_pos + j].shape)
            accumulators.append(T.zeros([grad_steps + 1] + [x.shape[i] for i in range(x.ndim)],
                                        dtype=dtype))
        grad_op = Scan(
            name="grad_of_" + op.name,
            n_seqs=len(seqs),
            out_taps=tuple(in_taps) + ((-1,),) * len(accumulators) + ((),) * n_seqs,
            n_shared=0,
            n_nonseq=op.n_shared + len(self.in_nonseqs),
            inner_inputs=tuple(inner_seqs + inner_mm + inner_sitsot + self.in_shared
                               + self.in_nonseqs),
            inner_outputs=tuple(outs_mm + outs_sitsot + outs_nitsot),
            truncate_gradient=op.truncate_gradient,
            mitmot_out_taps=tuple(out_taps),
            gradient=True,
            mode=op.mode,
        )
        count = n_steps if op.as_while else inputs[0]
        g_node = grad_op.make_node(grad_steps, *seqs, *buffers, *accumulators,
                                   *([count] * n_seqs), *self.outer_shared,
                                   *self.outer_nonseqs)
        return self.take_out(g_node.outputs, type_outs, grad_steps, len(accumulators))

    def take_out(self, outputs, type_outs, grad_steps, n_acc):
        """The node inputs' gradients from the gradient loop's outputs."""
        op, inputs = self.op, self.inputs
        n_seqs, n_fed = op.n_seqs, op.n_fed
        grads = [None]

        def undefined(pos, comment):
            g = gradient.grad_undefined(op, pos, inputs[pos], comment)
            return Null(g.type.why_null)

        def pad(x, steps):
            rest = tuple(x.shape[i] for i in range(1, x.ndim))
            z = T.zeros((inputs[0] - steps,) + rest, dtype=x.type.dtype)
            return T.concatenate([x[::-1], z], axis=0)

        offset = n_fed + n_acc
        for p, (x, t) in enumerate(zip(outputs[offset:offset + n_seqs],
                                       type_outs[offset:offset + n_seqs])):
            grads.append(_taken(t, lambda x=x: pad(x, self.n_steps) if op.as_while else x[::-1],
                                lambda p=p: undefined(p + 1, "Depends on a shared variable")))
        for p, (x, t) in enumerate(zip(outputs[:n_fed], type_outs[:n_fed])):
            grads.append(_taken(t, lambda x=x: pad(x, grad_steps) if op.as_while else x[::-1],
                                lambda p=p: undefined(p + 1 + n_seqs,
                                                      "Depends on a shared variable")))
        reach = _connection_pattern(self.node)
        for j in range(op.n_shared):
            pos = 1 + n_seqs + n_fed + j
            connected = any(reach[pos][k] for k, g in enumerate(self.dC_douts) if g is not None)
            # Theano names the j-th input here, not the state's
            grads.append(undefined(j, "Shared Variable with update") if connected else None)
        grads += [None] * self.n_nitsot
        for p, (x, t) in enumerate(zip(outputs[n_fed:n_fed + n_acc],
                                       type_outs[n_fed:n_fed + n_acc])):
            grads.append(_taken(t, lambda x=x: x[-1],
                                lambda p=p: undefined(p + n_fed + 1,
                                                      "Depends on a shared variable")))
        return self.masked(grads)

    def masked(self, grads):
        """None for an input no output with a gradient depends on (through the steps)."""
        reach = _connection_pattern(self.node)
        live = [k for k, g in enumerate(self.dC_douts) if g is not None]
        return [g if any(reach[i][k] for k in live) else None for i, g in enumerate(grads)]


def _taken(kind, value, undefined):
    if kind == "connected":
        return value()
    if kind == "disconnected":
        return None
    if kind == "through_shared":
        return undefined()
    return Null(kind)


def _state_kind(kinds):
    """One kind for a gradient buffer from its taps' kinds (the last undefined wins, then
    through a shared variable, then connected)."""
    for k in kinds:
        if k not in ("connected", "disconnected", "through_shared"):
            return k
    if "through_shared" in kinds:
        return "through_shared"
    return "connected" if "connected" in kinds else "disconnected"


def _reaches(v, outputs):
    """Whether ``v`` reaches one of ``outputs`` through ops that carry a gradient."""
    reached = {id(v)}
    for node in nodes_between([v], outputs):
        if type(node.op) not in NOT_CONNECTED and any(id(i) in reached for i in node.inputs):
            reached.update(id(o) for o in node.outputs)
    return any(id(o) in reached for o in outputs)


def _zeros_like(v):
    """Theano's tensor.zeros_like, which reads the model's dtype: a random state (a gradient
    loop's stream, when the loop is differentiated again) has none, and Theano 1.0.5 fails."""
    if not isinstance(v.type, TensorType):
        raise AttributeError("'%s' object has no attribute 'dtype'" % v.type)
    return T.zeros_like(v)


def _safe_new(x):
    """A new variable of ``x``'s type and name (Theano's safe_new)."""
    if isinstance(x, Constant):
        return x.clone()
    v = x.type()
    v.name = x.name
    return v


def _connection_pattern(node):
    """reach[i][k]: whether outer input i reaches outer output k, through the steps."""
    op = node.op
    n_out = len(op.out_taps)
    inner_in = list(op.inner_inputs)
    n_outputs = n_out + op.n_shared
    outer_of = [op.outer_position(k) for k in range(len(inner_in))]
    inner_outs = [[op.inner_outputs[op.inner_out(j)]] for j in range(n_outputs)]
    at = 0
    for k, taps in enumerate(op.mitmot_out_taps):  # a gradient buffer: one output per tap
        inner_outs[k] = list(op.inner_outputs[at:at + len(taps)])
        at += len(taps)
    deps = []
    for j in range(n_outputs):
        below = {id(v) for v in graph_inputs(inner_outs[j])}
        deps.append({outer_of[k] for k, v in enumerate(inner_in) if id(v) in below})
    # an output whose step reads another output's buffer depends on what that one does
    feeds = {}  # outer position of a buffer / carried state -> the output it is
    for k in range(op.n_fed):
        feeds[1 + op.n_seqs + k] = k
    for j in range(op.n_shared):
        feeds[1 + op.n_seqs + op.n_fed + j] = n_out + j
    changed = True
    while changed:
        changed = False
        for j in range(n_outputs):
            extra = set()
            for pos in deps[j]:
                if pos in feeds:
                    extra |= deps[feeds[pos]]
            if not extra <= deps[j]:
                deps[j] |= extra
                changed = True
    for k in range(op.n_fed):
        deps[k].add(1 + op.n_seqs + k)
    for j in range(op.n_shared):
        deps[n_out + j].add(1 + op.n_seqs + op.n_fed + j)
    return [[i in deps[k] for k in range(n_outputs)] for i in range(len(node.inputs))]


scan_grads.disconnected_outputs = True  # it is told which outputs have no gradient
gradient.RULES[Scan] = scan_grads
gradient.CONNECTIONS[Scan] = _connection_pattern
