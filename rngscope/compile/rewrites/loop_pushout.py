"""Work a loop's step can do outside is done there, before the loop (Theano's scan_eqopt1:
scanOp_pushout_nonseqs_ops, then scanOp_pushout_seqs_ops, again while either changes
something, on the graph as built, before canonicalize).

A node of the step whose inputs are all non-sequences, constants or results of such
nodes computes the same value at every step: it is rebuilt outside, on the loop's
outer inputs, and the step reads its result as a new non-sequence (a constant stays a
constant).  A draw is never moved (its stream advances at each step); any other node is,
whatever it makes: a ScalarFromTensor of a size, so a loop the step rebuilds from
non-sequences moves out whole.  When nothing of the step is left, each output that was
such a value is that value repeated n_steps times.  A non-sequence the step no longer
reads is dropped, and one the rewrites made a constant is read as that constant
(Theano's scanOp_remove_constants_and_unused_inputs).

Elementwise work that reads sequences (and non-sequences or constants), and dimshuffles
of sequences, is done once over the whole sequences: the Elemwise applied to the outer
tensors (a dimshuffle keeps the time axis in front), and the step reads its result as a
new sequence, put before the others; a sequence the step no longer reads is dropped.  A
value the step returns but nothing left in it reads stays inside, as in Theano.  When
nothing of the step is left, the loop is gone: an output not fed back is the value over
the whole sequence, a fed-back one its buffer with the steps set in after the initial rows.
"""
from __future__ import annotations

from rngscope.compile.graph_replace import StructuralKeys
from rngscope.compile.rewrites.loop_grad import push_out_output
from rngscope.compile.vocabulary import is_random
from rngscope.graph.basic import Constant, clone_replace, io_toposort
from rngscope.tensor import basic as T
from rngscope.tensor.elemwise import DimShuffle, Elemwise
from rngscope.tensor.grad_ops import set_subtensor
from rngscope.tensor.alloc import Alloc
from rngscope.tensor.shape_ops import DeepCopyOp

__all__ = ["loop_constants", "loop_pushout"]


def loop_pushout(fg):
    """for{...}(..., non-sequences) -> for{...}(..., non-sequences, values computed once);
    for{...}(sequences, ...) -> for{...}(f(sequences), sequences, ...) for elementwise f;
    grad_of_for{...} of a map -> its step's gradient over the reversed sequences (loop_grad)."""
    changed = any(hasattr(n.op, "buffer_positions") for n in fg.nodes_by_id.values())
    while changed:  # a graph without loops is not sorted at all
        changed = False
        # Theano's scan_eqopt1 repeats remove_constants_and_unused_inputs, then the
        # push-outs of non-sequence work, of sequence work and of accumulated dots
        for push in (_remove_constants, _push_out, _push_out_seqs, push_out_output):
            for node in fg.toposort():
                if hasattr(node.op, "buffer_positions") and fg.contains(node):
                    changed |= bool(push(fg, node))


def _push_out(fg, node):
    op = node.op
    inner_in, inner_out = list(op.inner_inputs), list(op.inner_outputs)
    first = len(inner_in) - op.n_nonseq
    outer_of = {id(v): node.inputs[len(node.inputs) - op.n_nonseq + k]
                for k, v in enumerate(inner_in[first:])}
    moved = {}  # id(inner variable) -> its outer twin
    kept_nodes = []
    for nd in io_toposort(inner_in, inner_out):
        if (not is_random(nd.op) and not isinstance(nd.op, DeepCopyOp) and all(
                id(i) in outer_of or id(i) in moved or isinstance(i, Constant)
                for i in nd.inputs)):
            twin = nd.op.make_node(*[outer_of.get(id(i)) or moved.get(id(i), i)
                                     for i in nd.inputs])
            for o, t in zip(nd.outputs, twin.outputs):
                moved[id(o)] = t
        else:
            kept_nodes.append(nd)
    if not moved:
        return
    read = {id(i) for nd in kept_nodes for i in nd.inputs}
    givens, new_inner, new_outer = {}, [], []
    for nd in io_toposort(inner_in, inner_out):
        for o in nd.outputs:
            if id(o) not in moved or id(o) not in read:
                continue
            twin = moved[id(o)]
            if isinstance(twin, Constant):
                givens[o] = twin
                continue
            placeholder = o.type()
            placeholder.name = None if o.name is None else o.name + "_replace"
            givens[o] = placeholder
            new_inner.append(placeholder)
            new_outer.append(twin)
    if givens:
        # Theano's PushOutNonSeqScan rebuilds a copy of the step: the new loop's inner
        # inputs are its own (a later merge renames them, not the first loop's)
        fresh = [v.clone() for v in inner_in]
        givens.update(zip(inner_in, fresh))
        outputs, _ = clone_replace(inner_out, givens)
        _rebuild(fg, node, fresh + new_inner, outputs, list(node.inputs) + new_outer,
                 op.n_nonseq + len(new_inner))
        return True
    elif not kept_nodes and not op.as_while:  # Theano's fails on a while-loop, left whole
        pairs = []
        for k in range(op.n_fed, len(op.out_taps)):  # the outputs not fed back
            o = inner_out[op.inner_out(k)]
            if id(o) in moved and fg.clients(node.outputs[k]):
                y = moved[id(o)]
                pairs.append((node.outputs[k], Alloc()(y, node.inputs[0],
                                                      *[y.shape[d] for d in range(y.ndim)])))
        if pairs:
            fg.replace_all(pairs)
            return True
    return False


def _push_out_seqs(fg, node):
    """Theano's PushOutSeqScan on one loop; True if it changed the graph."""
    op = node.op
    inner_in, inner_out = list(op.inner_inputs), list(op.inner_outputs)
    n_seqs, first = op.n_seqs, len(inner_in) - op.n_nonseq
    outer_seq = {id(v): node.inputs[1 + k] for k, v in enumerate(inner_in[:n_seqs])}
    outer_nonseq = {id(v): node.inputs[len(node.inputs) - op.n_nonseq + k]
                    for k, v in enumerate(inner_in[first:])}
    moved = {}  # id(inner variable) -> its value over the whole sequence
    order, kept_nodes = [], []
    for nd in io_toposort(inner_in, inner_out):
        twin = _outer_twin(nd, outer_seq, outer_nonseq, moved)
        if twin is None:
            kept_nodes.append(nd)
            continue
        for o, t in zip(nd.outputs, twin):
            moved[id(o)] = t
            order.append(o)
    if not moved:
        return False
    read = {id(i) for nd in kept_nodes for i in nd.inputs}
    givens, new_inner, new_outer = {}, [], []
    for o in order:
        if id(o) in read:
            placeholder = o.type()
            placeholder.name = None if o.name is None else o.name + "_replace"
            givens[o] = placeholder
            new_inner.append(placeholder)
            new_outer.append(moved[id(o)])
    if givens:
        outputs, _ = clone_replace(inner_out, givens)
        _rebuild_seqs(fg, node, new_inner + inner_in, outputs,
                      node.inputs[:1] + new_outer + node.inputs[1:], n_seqs + len(new_inner))
        return True
    if kept_nodes or getattr(op, "as_while", False):  # a while-loop stays (Theano's too)
        return False
    pairs = []
    for k, o in enumerate(inner_out):
        value = moved.get(id(o))
        if value is None or k >= len(op.out_taps):
            return False  # an output the loop itself makes: the loop stays
        if k < op.n_fed:  # its buffer, the steps after the initial rows
            buffer = node.inputs[1 + n_seqs + k]
            value = set_subtensor(buffer[op.depth(k):], value)
        if value.type != node.outputs[k].type:
            return False
        pairs.append((node.outputs[k], value))
    fg.replace_all(pairs)
    return True


def _outer_twin(nd, outer_seq, outer_nonseq, moved):
    """The outputs of ``nd`` computed over the whole sequences, or None when ``nd`` must
    stay in the step (not elementwise, or reading no sequence, or reading what stays)."""
    if isinstance(nd.op, Elemwise):
        if not all(id(i) in outer_seq or id(i) in moved or id(i) in outer_nonseq
                   or isinstance(i, Constant) for i in nd.inputs):
            return None
        if not any(id(i) in outer_seq or id(i) in moved for i in nd.inputs):
            return None  # loop-invariant: the non-sequence push-out's
        args = [outer_seq.get(id(i)) or moved.get(id(i)) or outer_nonseq.get(id(i), i)
                for i in nd.inputs]
        return nd.op.make_node(*args).outputs
    if isinstance(nd.op, DimShuffle):
        x = outer_seq.get(id(nd.inputs[0])) or moved.get(id(nd.inputs[0]))
        if x is None:
            return None
        order = (0,) + tuple(d if d == "x" else d + 1 for d in nd.op.new_order)
        return [T.dimshuffle(x, order)]
    return None


def _rebuild_seqs(fg, node, inner_in, inner_out, outer_in, n_seqs):
    """The loop again with these inner inputs and outputs and ``n_seqs`` sequences, the
    sequences it no longer reads dropped (Theano's scanOp_remove_constants_and_unused_inputs
    does so at its next pass)."""
    op = node.op
    used = {id(v) for v in _inputs_read(inner_in, inner_out)}
    keep = [k for k in range(n_seqs) if id(inner_in[k]) in used]
    inner = [inner_in[k] for k in keep] + inner_in[n_seqs:]
    outer = outer_in[:1] + [outer_in[1 + k] for k in keep] + outer_in[1 + n_seqs:]
    new = op.with_step(inner, inner_out, op.n_nonseq, len(keep)).make_node(*outer)
    fg.replace_all(list(zip(node.outputs, new.outputs)))


def loop_constants(fg):
    """for{...}(..., c, ...) -> the step reading the constant c itself, for a non-sequence
    the rewrites made a constant; for{...}(..., a, ..., a', ...) -> one non-sequence for
    both when a' computes what a does (two pushed-out twins of one W.T); for{...}(s, ...) ->
    for{...}(...) for a sequence the step does not read: Theano's
    scanOp_remove_constants_and_unused_inputs.  The step's nodes that then read the same
    inputs are merged when its graph is compiled (one draw where there were two)."""
    for node in fg.toposort():
        if hasattr(node.op, "buffer_positions") and fg.contains(node):
            _remove_constants(fg, node)


def _remove_constants(fg, node):
    """loop_constants on one loop, sequences and non-sequences in one rebuild as Theano's
    remove_constants_and_unused_inputs_scan does (a second round would come only at the
    next pass: a constant non-sequence left outside beside a dropped sequence stayed
    there); True if it changed the graph."""
    op = node.op
    inner_in = list(op.inner_inputs)
    used = {id(v) for v in _inputs_read(inner_in, list(op.inner_outputs))}
    givens, dropped = {}, set()
    key, kept = StructuralKeys(), {}
    for k in range(op.n_seqs):  # a sequence computing what an earlier one does: that one
        inner = inner_in[k]
        if id(inner) not in used:
            dropped.add(id(inner))
            continue
        first = kept.setdefault(key(node.inputs[1 + k]), inner)
        if first is not inner and first.type == inner.type:
            givens[inner] = first
    first = len(inner_in) - op.n_nonseq
    outer = node.inputs[len(node.inputs) - op.n_nonseq:]
    key, kept = StructuralKeys(), {}
    for inner, value in zip(inner_in[first:], outer):
        if isinstance(value, Constant) and value.type == inner.type:
            givens[inner] = value
        elif id(inner) not in used:
            dropped.add(id(inner))
        elif key(value) in kept and kept[key(value)].type == inner.type:
            givens[inner] = kept[key(value)]
        else:
            kept.setdefault(key(value), inner)
    if not givens and not dropped:
        return False
    outputs, _ = clone_replace(list(op.inner_outputs), givens)
    gone = dropped | {id(v) for v in givens}
    seqs = [k for k in range(op.n_seqs) if id(inner_in[k]) not in gone]
    nonseqs = [k for k in range(op.n_nonseq) if id(inner_in[first + k]) not in gone]
    inner = ([inner_in[k] for k in seqs] + inner_in[op.n_seqs:first]
             + [inner_in[first + k] for k in nonseqs])
    outer_in = ([node.inputs[0]] + [node.inputs[1 + k] for k in seqs]
                + list(node.inputs[1 + op.n_seqs:len(node.inputs) - op.n_nonseq])
                + [outer[k] for k in nonseqs])
    new = op.with_step(inner, outputs, len(nonseqs), len(seqs)).make_node(*outer_in)
    fg.replace_all(list(zip(node.outputs, new.outputs)))
    return True


def _rebuild(fg, node, inner_in, inner_out, outer_in, n_nonseq):
    """The loop again with these inner inputs and outputs (the non-sequences it no longer
    reads dropped, outer and inner alike)."""
    op = node.op
    first = len(inner_in) - n_nonseq
    used = {id(v) for v in _inputs_read(inner_in, inner_out)}
    keep = [k for k in range(len(inner_in)) if k < first or id(inner_in[k]) in used]
    outer_first = len(outer_in) - n_nonseq
    outer_keep = list(range(outer_first)) + [outer_first + k - first for k in keep if k >= first]
    new_op = op.with_step([inner_in[k] for k in keep], inner_out,
                          sum(1 for k in keep if k >= first))
    new = new_op.make_node(*[outer_in[k] for k in outer_keep])
    fg.replace_all(list(zip(node.outputs, new.outputs)))


def _inputs_read(inputs, outputs):
    ids = {id(v) for v in inputs}
    found, seen, stack = [], set(), list(outputs)
    while stack:
        v = stack.pop()
        if id(v) in seen:
            continue
        seen.add(id(v))
        if id(v) in ids:
            found.append(v)
        elif v.owner is not None:
            stack.extend(v.owner.inputs)
    return found
