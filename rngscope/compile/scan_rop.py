"""The R-operator of a Scan node: a second loop, ``rop_of_<name>``, as Theano 1.0.5's
Scan.R_op builds it.

The new loop runs the forward step and, beside it, the step's R-operator: each kind of
input appears twice, the forward one then its evaluation point (sequences, each group of
fed-back buffers, the counts of the outputs not fed back, non-sequences), and so does each
output; the carried random states appear once.  The step's R-operator is ``T.Rop`` of the
step outputs (not the carried states, not a while loop's condition) with respect to the
step inputs, each with a new input ``<name>_evalpoint``.  The node's results are the
second half of each output group.

Theano picks the step inputs to differentiate by counting one input per fed-back output
(``n_seqs + n_outs``) before skipping the carried states: with several taps per output
and a carried stream the inputs skipped and the points given are shifted: a stream's point
lands among the states' and the loop is refused as Theano's make_node refuses it (an
AttributeError on the stream type's dtype).  The buffers of outputs fed back from several taps take their points as
given (not replaced by zeros).  The R-operator of a gradient loop whose buffers read rows
they write is built, but Theano cannot compile it (a ValueError when the function is
made), and neither does rngscope.
"""
from __future__ import annotations

from rngscope.compile.scan_op import Scan
from rngscope.graph.basic import Constant, Variable
from rngscope.tensor import basic as T
from rngscope.tensor.rop import Rop
from rngscope.tensor.rop_rules import ROP_RULES
from rngscope.tensor.variable import TensorType

__all__ = ["scan_rop"]


def _safe_new(x, tag):
    """A new variable of ``x``'s type, named ``x``'s name + ``tag`` (Theano's safe_new)."""
    if isinstance(x, Constant):
        return x.clone()
    v = x.type() if callable(x.type) else Variable(x.type)  # a stream's type makes none
    v.name = x.name + tag if x.name else None
    return v


def _clean(inputs, points):
    return [p if p is not None else T.zeros_like(x) for x, p in zip(inputs, points)]


def scan_rop(node, eval_points):
    """The R-operator results of a Scan node's outputs (None for the carried states)."""
    op = node.op
    inputs = list(node.inputs)
    self_inputs, self_outputs = list(op.inner_inputs), list(op.inner_outputs)
    n_seqs, n_mm, n_fed = op.n_seqs, op.n_mitmot, op.n_fed
    taps = op.out_taps
    n_ms = sum(1 for t in taps[n_mm:n_fed] if t != (-1,))
    n_ss = n_fed - n_mm - n_ms
    n_nit = len(taps) - n_fed
    n_shared = op.n_shared
    n_outs = n_fed  # Theano's n_outs: one per fed-back output, whatever its taps
    rop_of_inputs = self_inputs[:n_seqs + n_outs] + self_inputs[n_seqs + n_outs + n_shared:]
    inner_points = [_safe_new(x, "_evalpoint") for x in rop_of_inputs]
    rop_self_outputs = self_outputs[:-1] if op.as_while else self_outputs
    if n_shared:
        rop_self_outputs = rop_self_outputs[:-n_shared]
    rop_outs = Rop(rop_self_outputs, rop_of_inputs, inner_points)
    if not isinstance(rop_outs, (list, tuple)):
        rop_outs = [rop_outs]

    # sequences
    b, e, ib, ie = 1, 1 + n_seqs, 0, n_seqs
    scan_seqs = inputs[b:e] + _clean(inputs[b:e], eval_points[b:e])
    inner_seqs = self_inputs[ib:ie] + inner_points[ib:ie]
    # gradient buffers (mit_mot)
    b, e, ib = e, e + n_mm, ie
    ie = ib + sum(len(t) for t in taps[:n_mm])
    scan_mm = inputs[b:e] + _clean(inputs[b:e], eval_points[b:e])
    inner_mm = self_inputs[ib:ie] + inner_points[ib:ie]
    # outputs fed back from several taps (mit_sot): their points as given
    b, e, ib = e, e + n_ms, ie
    ie = ib + sum(len(t) for t in taps[n_mm:n_mm + n_ms])
    scan_ms = inputs[b:e] + list(eval_points[b:e])
    inner_ms = self_inputs[ib:ie] + inner_points[ib:ie]
    # outputs fed back from the step before (sit_sot)
    b, e, ib = e, e + n_ss, ie
    ie = ib + n_ss
    scan_ss = inputs[b:e] + _clean(inputs[b:e], eval_points[b:e])
    inner_ss = self_inputs[ib:ie] + inner_points[ib:ie]
    # carried states, once
    b, e, ib = e, e + n_shared, ie
    ie = ib + n_shared
    scan_shared = inputs[b:e]
    inner_shared = self_inputs[ib:ie]
    # the counts of the outputs not fed back, twice
    b, e = e, e + n_nit
    scan_nit = inputs[b:e] * 2
    # non-sequences (their points read from ``ib``, as Theano reads them)
    scan_other = inputs[e:] + _clean(inputs[e:], eval_points[e:])
    inner_other = self_inputs[ie:] + inner_points[ib:]

    n_mm_outs = op.n_mm_outs
    b, e = 0, n_mm_outs
    out_mm = self_outputs[b:e] + rop_outs[b:e]
    b, e = e, e + n_ms
    out_ms = self_outputs[b:e] + rop_outs[b:e]
    b, e = e, e + n_ss
    out_ss = self_outputs[b:e] + rop_outs[b:e]
    b, e = e, e + n_nit
    out_nit = self_outputs[b:e] + rop_outs[b:e]
    b, e = e, e + n_shared
    out_shared = self_outputs[b:e]
    inner_outs = out_mm + out_ms + out_ss + out_nit + out_shared
    if op.as_while:
        inner_outs.append(self_outputs[-1])
    inner_ins = inner_seqs + inner_mm + inner_ms + inner_ss + inner_shared + inner_other

    for v in inner_mm + inner_ms + inner_ss:
        if not isinstance(v.type, TensorType):  # a stream's point among the states' (shifted)
            raise AttributeError("'%s' object has no attribute 'dtype'" % type(v.type).__name__)
    local = Scan(
        name="rop_of_" + op.name,
        n_seqs=2 * n_seqs,
        out_taps=(tuple(taps[:n_mm]) * 2 + tuple(taps[n_mm:n_mm + n_ms]) * 2
                  + tuple(taps[n_mm + n_ms:n_fed]) * 2 + tuple(taps[n_fed:]) * 2),
        n_shared=n_shared,
        n_nonseq=len(scan_other),
        inner_inputs=tuple(inner_ins),
        inner_outputs=tuple(inner_outs),
        truncate_gradient=op.truncate_gradient,
        as_while=op.as_while,
        mode=op.mode,
        mitmot_out_taps=tuple(op.mitmot_out_taps) * 2,
        # its draws are made again from a copy of the stream (Theano passes the state without
        # an update): an observer is told the loop starts, as it is of the forward loop
    )
    if any(set(t) & set(w) for t, w in zip(taps[:n_mm], op.mitmot_out_taps)):
        object.__setattr__(local, "refuse_to_link", _shared_slices_fail)
    outputs = local(*([inputs[0]] + scan_seqs + scan_mm + scan_ms + scan_ss + scan_shared
                      + scan_nit + scan_other))
    if not isinstance(outputs, (list, tuple)):
        outputs = [outputs]
    final = list(outputs[n_mm:2 * n_mm])
    b = 2 * n_mm + n_ms
    final += outputs[b:b + n_ms]
    b += n_ms + n_ss
    final += outputs[b:b + n_ss]
    b += n_ss + n_nit
    final += outputs[b:b + n_nit]
    return final + [None] * n_shared


def _shared_slices_fail(node):
    """Theano's Scan.make_thunk for this loop: its gradient buffers' output taps are one
    list per buffer shared by both halves (``mit_mot_out_slices * 2``), so a tap read and
    written (an update of the input) is removed twice from that list."""
    raise ValueError("The following error happened while compiling the node", _Shown(
        "%s(%s)" % (node.op, ", ".join(str(i) for i in node.inputs))), "\n",
        "list.remove(x): x not in list")


class _Shown(str):
    """A node's text, shown bare among the error's arguments (Theano passes the node)."""

    def __repr__(self):
        return str(self)


ROP_RULES[Scan] = scan_rop
