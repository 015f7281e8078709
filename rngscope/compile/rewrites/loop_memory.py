"""Loops keep only the steps the graph reads (Theano's scanOp_save_mem).

A loop's output holds every step; when the graph reads only its last rows
(``walk[-1]``, or ``out[1:]`` of a walk without its initial row), the loop keeps a
shorter buffer, and each reader indexes the shorter buffer; when nothing reads the
last steps, the loop runs fewer of them.  Unread outputs are dropped first.  The new
sizes are built as graphs over n_steps and the readers' slices (``loop_sizes``), as
Theano builds them for a constant n_steps too: specialize folds them, one constant
object after another, and its merge keeps apart the ones it met while their equal
had left (compile/merge_constants.py): each of three loops of 3 steps gets a
``TensorConstant{3}`` of its own for its buffer.
"""
from __future__ import annotations

import dataclasses

from rngscope.compile.rewriter import Context
from rngscope.compile.rewrites.loop_sizes import SaveMemFailed, shrink_symbolic
from rngscope.graph.basic import graph_inputs

__all__ = ["loop_save_mem"]


def loop_save_mem(fg):
    """for{...}(n, ...) -> the same loop storing only the rows its readers index, without
    the outputs nothing reads."""
    for node in fg.toposort():
        if hasattr(node.op, "buffer_positions") and fg.contains(node) \
                and not node.op.as_while:  # Theano leaves a while-loop's buffers whole
            old = node
            node, positions = _drop_unread(fg, node)
            try:
                shrink_symbolic(fg, node, Context(fg), positions)
            except SaveMemFailed:
                # Theano drops the unread outputs after sizing the loop: none dropped
                if node is not old:
                    fg.replace_all([(node.outputs[j], old.outputs[k])
                                    for j, k in enumerate(positions)]
                                   + list(zip(node.outputs[len(positions):],
                                              old.outputs[len(old.op.out_taps):])))
                return


def _drop_unread(fg, node):
    """The loop without the step outputs nothing reads, their buffers and their inner
    inputs, unless the step needs an output's past values for an output kept (Theano's
    scan_can_remove_outs and compress_outs in scanOp_save_mem); the node now standing and,
    for each of its step outputs, the position it had before (Theano compresses the
    outputs after it has sized them, so its sizing rules see the old positions).
    A gradient loop's buffers (mit_mot) always stay; each is read at its taps and
    written at its own output taps, several inner outputs.

    Theano tells the outputs it keeps from the inner outputs by their outer positions:
    inner output ``k`` is kept unless ``k`` is an unread output's outer position, and a
    kept unread output ``k`` brings in the inputs of inner output ``k``.  The two agree
    when each buffer writes one row; when one writes several (the gradient of an output
    with taps ``[-2, -1]``), the inner outputs after it are read one place early: an
    unread accumulator stays while the output after it is read."""
    op = node.op
    n_out = len(op.out_taps)
    unread = [k for k in range(op.n_mitmot, n_out) if not fg.clients(node.outputs[k])]
    if not unread:
        return node, list(range(n_out))
    inner_in, inner_out = list(op.inner_inputs), list(op.inner_outputs)
    taps_in, at = [], op.n_seqs  # each output's inner inputs (its past values)
    for k in range(n_out):
        width = len(op.out_taps[k]) if k < op.n_fed else 0
        taps_in.append(inner_in[at:at + width])
        at += width
    # each output's positions among the inner outputs (two outputs may be one variable:
    # the gradients of two taps of a sequence read in one sum)
    outs_of = [[op.inner_out(k)] for k in range(n_out)]
    at = 0
    for k, out_taps in enumerate(op.mitmot_out_taps):
        outs_of[k] = list(range(at, at + len(out_taps)))
        at += len(out_taps)
    dropped = set(unread)
    kept_outs = [o for i, o in enumerate(inner_out) if i not in dropped]
    needed = {id(v) for v in graph_inputs(kept_outs)}
    grew = True
    while grew:  # an output whose past values a kept output reads is kept, and so on
        grew = False
        for k in sorted(dropped):
            if any(id(v) in needed for v in taps_in[k]):
                dropped.discard(k)
                needed |= {id(v) for v in graph_inputs([inner_out[k]])}
                grew = True
    if not dropped:
        return node, list(range(n_out))
    kept = [k for k in range(n_out) if k not in dropped]
    gone_in = {id(v) for k in dropped for v in taps_in[k]}
    gone_out = {i for k in dropped for i in outs_of[k]}
    new_op = dataclasses.replace(
        op, out_taps=tuple(op.out_taps[k] for k in kept), destroyed=(),
        inner_inputs=tuple(v for v in inner_in if id(v) not in gone_in),
        inner_outputs=tuple(o for i, o in enumerate(inner_out) if i not in gone_out))
    object.__setattr__(new_op, "origin", op.origin)
    counts_at = 1 + op.n_seqs + op.n_fed + op.n_shared
    gone_outer = {1 + op.n_seqs + k if k < op.n_fed else counts_at + k - op.n_fed
                  for k in dropped}
    new = new_op.make_node(*[v for i, v in enumerate(node.inputs) if i not in gone_outer])
    fg.replace_all([(node.outputs[k], new.outputs[j]) for j, k in enumerate(kept)]
                   + list(zip(node.outputs[n_out:], new.outputs[len(kept):])))
    return new, kept
