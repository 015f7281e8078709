"""Loops keep only the steps the graph reads (Theano's scanOp_save_mem), for a constant
number of steps.

A loop's output holds every step; when the graph reads only its last rows
(``walk[-1]``, or ``out[1:]`` of a walk without its initial row), the loop keeps a
shorter buffer: a fed-back output's buffer shrinks to the rows still read (the
loop keeps the last rows, oldest first), an output not fed back is given a smaller
count, and each reader indexes the shorter buffer.  When nothing reads the last
steps, the loop runs fewer of them.  Theano builds the new sizes as graphs over
n_steps that fold to constants when n_steps is one; this pass computes those
constants (a loop read other than by constant indices and slices keeps everything).
A loop with a symbolic n_steps is shrunk by ``loop_sizes`` with sizes that are graphs.
"""
from __future__ import annotations

import dataclasses
import sys

import numpy as np

from rngscope.compile.rewriter import Context
from rngscope.compile.rewrites.loop_sizes import SaveMemFailed, shrink_symbolic
from rngscope.compile.rewrites.shape import constant_entry
from rngscope.graph.basic import Constant, graph_inputs
from rngscope.tensor.grad_ops import IncSubtensor, expand_empty
from rngscope.tensor.shape_ops import ScalarConstant, Subtensor, static_size
from rngscope.tensor.variable import TensorConstant, constant

__all__ = ["loop_save_mem"]


def loop_save_mem(fg):
    """for{...}(n, ...) -> the same loop storing only the rows its readers index, without
    the outputs nothing reads."""
    for node in fg.toposort():
        if hasattr(node.op, "buffer_positions") and fg.contains(node) \
                and not node.op.as_while:  # Theano leaves a while-loop's buffers whole
            old = node
            node, positions = _drop_unread(fg, node)
            if _int(node.inputs[0]) is None or not _initial_rows_known(node):
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
            else:
                _shrink(fg, node)


def _drop_unread(fg, node):
    """The loop without the step outputs nothing reads, their buffers and their inner
    inputs, unless the step needs an output's past values for an output kept (Theano's
    scan_can_remove_outs and compress_outs in scanOp_save_mem); the node now standing and,
    for each of its step outputs, the position it had before (Theano compresses the
    outputs after it has sized them, so its sizing rules see the old positions).
    A gradient loop's buffers (mit_mot) always stay; each is read at its taps and
    written at its own output taps, several inner outputs."""
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
    outs_of = [[inner_out[op.inner_out(k)]] for k in range(n_out)]
    at = 0
    for k, out_taps in enumerate(op.mitmot_out_taps):
        outs_of[k] = inner_out[at:at + len(out_taps)]
        at += len(out_taps)
    dropped = set(unread)
    kept_outs = [o for k in range(n_out) if k not in dropped for o in outs_of[k]]
    needed = {id(v) for v in graph_inputs(kept_outs + inner_out[op.inner_out(n_out):])}
    grew = True
    while grew:  # an output whose past values a kept output reads is kept, and so on
        grew = False
        for k in sorted(dropped):
            if any(id(v) in needed for v in taps_in[k]):
                dropped.discard(k)
                needed |= {id(v) for v in graph_inputs(outs_of[k])}
                grew = True
    if not dropped:
        return node, list(range(n_out))
    kept = [k for k in range(n_out) if k not in dropped]
    gone_in = {id(v) for k in dropped for v in taps_in[k]}
    gone_out = {id(o) for k in dropped for o in outs_of[k]}
    new_op = dataclasses.replace(
        op, out_taps=tuple(op.out_taps[k] for k in kept), destroyed=(),
        inner_inputs=tuple(v for v in inner_in if id(v) not in gone_in),
        inner_outputs=tuple(o for o in inner_out if id(o) not in gone_out))
    object.__setattr__(new_op, "origin", op.origin)
    counts_at = 1 + op.n_seqs + op.n_fed + op.n_shared
    gone_outer = {1 + op.n_seqs + k if k < op.n_fed else counts_at + k - op.n_fed
                  for k in dropped}
    new = new_op.make_node(*[v for i, v in enumerate(node.inputs) if i not in gone_outer])
    fg.replace_all([(node.outputs[k], new.outputs[j]) for j, k in enumerate(kept)]
                   + list(zip(node.outputs[n_out:], new.outputs[len(kept):])))
    return new, kept


def _initial_rows_known(node):
    """Whether every fed-back output's initial rows are a known count (a broadcasting row
    or a constant): x[:2] of a vector x of unknown length makes Theano's sizes graphs over
    its length even for a constant n_steps (its shapes do not fold)."""
    op = node.op
    for k in range(op.n_fed):
        buffer = node.inputs[1 + op.n_seqs + k]
        if buffer.owner is None or not isinstance(buffer.owner.op, IncSubtensor):
            continue
        initial = buffer.owner.inputs[1]
        if not isinstance(initial, TensorConstant) and static_size(initial.shape[0]) is None:
            return False
    return True


def _int(v):
    """The value of a constant scalar index or size, else None."""
    if isinstance(v, (ScalarConstant, TensorConstant)) and np.ndim(v.data) == 0:
        return int(v.data)
    return None


def _first_index(node):
    """A Subtensor's constant first entry (an int or a step-1 (start, stop, step)), or None."""
    entry = constant_entry(node)
    if isinstance(entry, tuple) and entry[2] not in (None, 1):
        return None
    return entry


def _canonical(index, length):
    """Theano's canonical form of a constant first-axis index or step-1 slice."""
    if isinstance(index, tuple):
        start, stop, _step = slice(index[0], index[1]).indices(length)
        return start, stop
    return index + length if index < 0 else index


def _readers(fg, node, k):
    """The Subtensor readers of output ``k`` with their constant first entries, or None
    when anything else reads it (a graph output, another op, a symbolic index, an
    index of the reader's result)."""
    found = []
    for client, _i in fg.clients(node.outputs[k]):
        if client == "output" or not isinstance(client.op, Subtensor):
            return None
        index = _first_index(client)
        if index is None or any(c != "output" and isinstance(c.op, Subtensor)
                                for c, _i in fg.clients(client.outputs[0])):
            return None  # a chain Theano would have merged into one (maybe symbolic) index
        found.append((client, index))
    return found


def _shrink(fg, node):
    op = node.op
    n = _int(node.inputs[0])
    n_out = len(op.out_taps)
    if n is None or n < 1:
        return
    depth = [op.depth(k) if k < op.n_fed else 0 for k in range(n_out)]
    # a gradient loop's buffers (mit_mot) stay whole, and so does its number of steps
    readers = [None if k < op.n_mitmot else _readers(fg, node, k) for k in range(n_out)]
    # 1. how many steps the readers need
    steps = -1 if op.n_shared == 0 else None
    for k, found in enumerate(readers):
        if found is None:
            steps = None
            continue
        for _client, index in found:
            length = n + depth[k]
            if isinstance(index, tuple) and index[1] is None:
                steps = None
            canonical = _canonical(index, length)
            stop = canonical[1] if isinstance(canonical, tuple) else canonical + 1
            if stop in (sys.maxsize, length):
                continue
            stop -= depth[k]
            if steps is None:
                continue
            if stop > steps:
                steps = stop
            elif stop <= 0:
                steps = None
    new_n = n if steps is None else max(min(steps, n) if steps >= 0 else n, 1)
    # 2. how many rows each output keeps (0: all of them)
    store = [-1] * n_out
    for k, found in enumerate(readers):
        if found is None:
            store[k] = 0
            continue
        if not found:  # read by nothing but the step: its previous rows only (Theano's 1)
            store[k] = max(depth[k], 1)
            continue
        for _client, index in found:
            if isinstance(index, tuple) and index[0] is None:
                store[k] = 0
                break
            canonical = _canonical(index, n + depth[k])
            start = canonical[0] if isinstance(canonical, tuple) else canonical
            if start == 0 or store[k] == 0:
                store[k] = 0
                continue
            rows = max(new_n - start + depth[k], depth[k] + (1 if k < op.n_fed else 0))
            store[k] = rows if store[k] == -1 else max(rows, store[k])
    if all(s == 0 for s in store) and steps is None:
        return
    # 3. the loop with its new sizes
    inputs = list(node.inputs)
    if steps is not None:
        inputs[0] = constant(new_n, dtype=node.inputs[0].type.dtype)
    counts = 1 + op.n_seqs + op.n_fed + op.n_shared
    for k in range(n_out):
        if store[k] <= 0 and steps is None:
            continue
        if k < op.n_fed:
            at = 1 + op.n_seqs + k
            buffer = inputs[at]
            rows = store[k]
            if buffer.owner is None or not isinstance(buffer.owner.op, IncSubtensor):
                if rows <= 0:
                    return  # a buffer scan() did not build, kept whole: left as it is
                inputs[at] = buffer[:max(rows, depth[k])]  # Theano takes its first rows
                continue
            extra = new_n if rows <= 0 else (rows + depth[k] if rows < depth[k] else rows - depth[k])
            inputs[at] = expand_empty(buffer.owner.inputs[1], extra)
        else:
            at = counts + k - op.n_fed
            if inputs[at] is not node.inputs[0]:
                return
            # a count of kept rows is int64, folded from Theano's select_max graph
            inputs[at] = constant(store[k], dtype="int64") if store[k] > 0 else inputs[0]
    new = op.make_node(*inputs)
    pairs = []
    for k, found in enumerate(readers):
        if found is None or store[k] == 0 and steps is None:
            pairs.append((node.outputs[k], new.outputs[k]))
            continue
        shift = (store[k] - new_n - depth[k]) if store[k] > 0 else 0
        kept = store[k] if store[k] > 0 else new_n + depth[k]
        length = Context(fg).shape_of(node.outputs[k])[0]
        for client, index in found:
            _meet(fg, length)
            canonical = _canonical(index, n + depth[k])
            rest = _rest(client)
            if isinstance(canonical, tuple):
                start, stop = canonical[0] + shift, canonical[1] + shift
                if start == 0 and stop >= kept and not rest:
                    pairs.append((client.outputs[0], new.outputs[k]))
                    continue
                first = slice(start, stop)
            else:
                # Theano builds the new index as a graph of constants, read through
                # ScalarFromTensor, that specialize's constant folding folds into the
                # index constant (met by the merge then, not now)
                first = constant(canonical + shift, dtype="int64")
            pairs.append((client.outputs[0], Subtensor.build(new.outputs[k], (first,) + rest)))
    for k in range(n_out, len(node.outputs)):
        pairs.append((node.outputs[k], new.outputs[k]))
    fg.replace_all(pairs)


def _meet(fg, length):
    """Theano's new index for a reader is a graph over the output's length (its canonical
    form, ``switch(lt(i, 0), i + length, i)`` for an index): a length that is a constant
    enters the graph again there, and the merge schedules it into the constant kept for
    its value then (the one it was scheduled into before may have left the graph)."""
    merge = getattr(fg, "constant_merge", None)
    if merge is not None and isinstance(length, Constant):
        merge.met(length)


def _rest(client):
    """The entries of a Subtensor after its first, as an index tuple of its inputs."""
    values = iter(client.inputs[1:])
    rest = []
    for n_entry, entry in enumerate(client.op.idx):
        if isinstance(entry, tuple):
            parts = [None if e is None else next(values) for e in entry]
            item = slice(*parts)
        else:
            item = next(values)
        if n_entry:
            rest.append(item)
    return tuple(rest)
