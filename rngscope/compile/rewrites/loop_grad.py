"""A sum of per-step matrix products a loop accumulates, done as one dot after the loop
(Theano's PushOutScanOutput, scanOp_pushout_output in scan_eqopt1).

A gradient loop accumulates a non-sequence's gradient step by step: the accumulator's
step is ``acc + dot(a_t, b_t)`` and only its last row is read.  When ``a_t`` and ``b_t``
are matrices made by the step (or read from sequences), the loop returns them per step
instead (new outputs not fed back, when the step makes them) and the sum over the steps
is ``dot(A, B)`` of the stacked factors, flattened to matrices (``A`` as ``p x (steps q)``,
``B`` as ``(steps q) x r``), plus the accumulator's initial row: one large product, which
rounds as Theano's does.
"""
from __future__ import annotations

import dataclasses

from rngscope.graph.basic import Constant, kahn_toposort
from rngscope.compile.graph_replace import StructuralKeys, clone_all
from rngscope.tensor import basic as T
from rngscope.tensor.blas import Dot
from rngscope.tensor.elemwise import Elemwise
from rngscope.tensor.elementary import flatten
from rngscope.tensor.shape_ops import Subtensor

__all__ = ["merge_inouts", "push_out_output"]


def push_out_output(fg, node):
    """sitsot acc + dot(a, b), last row read -> dot(flatten(A), flatten(B)) + acc[0];
    True if it changed the graph."""
    op = node.op
    if op.as_while:  # Theano's does not handle a while-loop
        return False
    inner_in, inner_out = list(op.inner_inputs), list(op.inner_outputs)
    sitsot = [k for k in range(op.n_mitmot, op.n_fed) if op.out_taps[k] == (-1,)]
    sit_in = {k: inner_in[_first_input(op, k)] for k in sitsot}
    sit_out = {id(inner_out[op.inner_out(k)]): k for k in sitsot}
    clients = {}
    nodes = kahn_toposort(inner_in, inner_out)  # Theano's io_toposort(..., clients=...)
    for nd in nodes:
        for i in nd.inputs:
            clients.setdefault(id(i), []).append(nd)
    n_nonseq_first = len(inner_in) - op.n_nonseq
    nonseqs = {id(v) for v in inner_in[n_nonseq_first:]}
    for nd in nodes:
        if not (isinstance(nd.op, Elemwise) and nd.op.family == "Add"
                and len(nd.inputs) == 2):
            continue
        k = sit_out.get(id(nd.outputs[0]))
        if k is None or sit_in[k] not in nd.inputs:
            continue
        last = _last_row_reader(fg, node.outputs[k])
        if last is None:
            continue
        other = nd.inputs[1 - nd.inputs.index(sit_in[k])]
        dot = other.owner
        if dot is None or type(dot.op) is not Dot or len(clients.get(id(other), ())) != 1:
            continue
        if not all(v.ndim == 2 and id(v) not in nonseqs and not isinstance(v, Constant)
                   for v in dot.inputs):
            continue
        a, b = _outer_values(fg, node, list(dot.inputs))
        a = flatten(T.dimshuffle(a, (1, 0, 2)), 2)
        shape = T.shape(b)
        b = T.reshape(b, (shape[0] * shape[1], shape[2]))
        init = node.inputs[1 + op.n_seqs + k][0]
        fg.replace_all([(last, T.dot(a, b) + init)])
        return True
    return False


def _first_input(op, k):
    """The position among the inner inputs of fed-back output ``k``'s first tap."""
    return op.n_seqs + sum(len(taps) for taps in op.out_taps[:k])


def _last_row_reader(fg, out):
    """The ``out[-1]`` that is ``out``'s only reader, or None."""
    readers = fg.clients(out)
    if len(readers) != 1 or readers[0][0] == "output":
        return None
    reader = readers[0][0]
    if not isinstance(reader.op, Subtensor) or len(reader.op.idx) != 1 \
            or isinstance(reader.op.idx[0], tuple):
        return None
    index = reader.inputs[1]
    data = getattr(index, "data", None)
    if data is None or int(data) != -1:
        return None
    return reader.outputs[0]


def _outer_values(fg, node, inner_vars):
    """Each inner variable over the steps, outside: a sequence's outer tensor, the outer
    output of an output not fed back that the step already returns (Theano's
    push_out_inner_vars reuses it), or a new such output the loop returns (the loop
    rebuilt with them)."""
    op = node.op
    inner_in = list(op.inner_inputs)
    values = [None] * len(inner_vars)
    for j, v in enumerate(inner_vars):
        for s in range(op.n_seqs):
            if inner_in[s] is v:
                values[j] = node.inputs[1 + s]
        if values[j] is None:
            for k in range(op.n_fed, len(op.out_taps)):
                if op.inner_outputs[op.inner_out(k)] is v:
                    values[j] = node.outputs[k]
                    break
    new = [v for j, v in enumerate(inner_vars) if values[j] is None]
    if new:
        n_out = len(op.out_taps)
        at = op.inner_out(n_out)  # after the last output not fed back
        inner_out = list(op.inner_outputs)
        twin = dataclasses.replace(op, inner_outputs=tuple(inner_out[:at] + new + inner_out[at:]),
                                   out_taps=op.out_taps + ((),) * len(new))
        object.__setattr__(twin, "origin", op.origin)
        counts_end = len(node.inputs) - op.n_nonseq
        outer = list(node.inputs[:counts_end]) + [node.inputs[0]] * len(new) + \
            list(node.inputs[counts_end:])
        new_node = twin.make_node(*outer)
        old = list(node.outputs)
        fg.replace_all(list(zip(old, new_node.outputs[:n_out]
                                + new_node.outputs[n_out + len(new):])))
        made = iter(new_node.outputs[n_out:n_out + len(new)])
        values = [v if v is not None else next(made) for v in values]
    return values



def merge_inouts(fg):
    """grad_of_for{...}(s, s, ...) -> one inner input for both; two outputs not fed back
    computing the same -> the readers of the second read the first (Theano's
    scan_merge_inouts; the unread one is dropped by loop_memory with scan_save_mem)."""
    for node in fg.toposort():
        op = node.op
        if not getattr(op, "n_mitmot", 0) or not fg.contains(node):
            continue
        node = _merged_inputs(fg, node)
        op = node.op
        n_out = len(op.out_taps)
        keys = StructuralKeys()
        seen, pairs = {}, []
        counts = 1 + op.n_seqs + op.n_fed + op.n_shared
        for k in range(op.n_fed, n_out):
            key = (keys(op.inner_outputs[op.inner_out(k)]), id(node.inputs[counts + k - op.n_fed]))
            if key in seen:
                if fg.clients(node.outputs[k]):
                    pairs.append((node.outputs[k], node.outputs[seen[key]]))
            else:
                seen[key] = k
        if pairs:
            fg.replace_all(pairs)


def _merged_inputs(fg, node):
    """The loop with each sequence and non-sequence given twice read through one inner
    input (the node itself when none is)."""
    op = node.op
    inner_in = list(op.inner_inputs)
    n_in = len(inner_in)
    first_nonseq = n_in - op.n_nonseq
    groups = [range(op.n_seqs), range(first_nonseq, n_in)]
    equiv, drop = {}, set()
    for group in groups:
        first_of = {}
        for k in group:
            outer = node.inputs[op.outer_position(k)]
            if id(outer) in first_of:
                equiv[inner_in[k]] = inner_in[first_of[id(outer)]]
                drop.add(k)
            else:
                first_of[id(outer)] = k
    if not drop:
        return node
    outputs = clone_all(list(op.inner_outputs), equiv)
    outer_drop = {op.outer_position(k) for k in drop}
    twin = dataclasses.replace(
        op, n_seqs=op.n_seqs - sum(1 for k in drop if k < op.n_seqs),
        n_nonseq=op.n_nonseq - sum(1 for k in drop if k >= first_nonseq),
        inner_inputs=tuple(v for k, v in enumerate(inner_in) if k not in drop),
        inner_outputs=tuple(outputs))
    object.__setattr__(twin, "origin", op.origin)
    new = twin.make_node(*[v for i, v in enumerate(node.inputs) if i not in outer_drop])
    fg.replace_all(list(zip(node.outputs, new.outputs)))
    return new
