"""Loops keep only the steps the graph reads, with sizes that are graphs (Theano's
scanOp_save_mem).

The new number of steps, each shortened buffer's row count and each reader's new
index are built as graphs over n_steps and the readers' canonical slices, term for
term as Theano builds them, so that the later passes meet the graph Theano's meet:
specialize folds them when n_steps is a constant (each fold a new constant, which
the merge keeps or leaves apart as Theano's does), fusion when it is not:

- a reader ``out[a:b]`` or ``out[k]`` bounds how many steps run (only when every
  reader has a stop and no random state is carried);
- an output whose readers all start past row 0 keeps
  ``max(n_steps - start + init, init + 1)`` rows (``init``: its initial rows; the
  extra row keeps the oldest tap and the new state apart in the circular buffer);
- each reader then indexes the kept rows: ``start - n_steps - init + kept``.
"""
from __future__ import annotations

import sys

import numpy as np

from rngscope.compile.rewrites.slices import greedy, merge_constants
from rngscope.compile.slice_forms import canonical_slice, extract, index_entries
from rngscope.tensor import basic as T
from rngscope.tensor.grad_ops import IncSubtensor, expand_empty
from rngscope.tensor.shape_ops import Subtensor
from rngscope.tensor.variable import fresh_constants

__all__ = ["SaveMemFailed", "shrink_symbolic"]


class SaveMemFailed(Exception):
    """Theano's scanOp_save_mem raised (IndexError in expand_empty) before it changed the
    loop; its SeqOptimizer logs the error and leaves this loop and the later ones alone."""


def _is_int(x):
    return isinstance(x, (int, np.integer)) or (isinstance(x, np.ndarray) and x.ndim == 0)


def _same(a, b):
    """Theano's ``==`` between a bound and a length: identity for tensors."""
    if isinstance(a, T.Variable) or isinstance(b, T.Variable):
        return a is b
    return a == b


def _select_max(x, y):
    return y if x is None else x if y is None else T.maximum(x, y)


def _select_min(x, y):
    return y if x is None else x if y is None else T.minimum(x, y)


def _sanitize(x):
    return None if x is None else T.as_tensor_variable(x)


def _clients(fg, var):
    return [c for c, _i in fg.clients(var)]


def shrink_symbolic(fg, node, ctx, positions=None):
    """for{...}(n, ...) -> the same loop over the steps and rows its readers need.

    ``positions[i]``: the position step output ``i`` had before the outputs nothing reads
    were dropped (Theano sizes the loop before it drops them, and one of its rules
    compares that position with the number of gradient buffers)."""
    with fresh_constants():
        _shrink(fg, node, ctx, positions or list(range(len(node.op.out_taps))))


def _shrink(fg, node, ctx, positions):
    op = node.op
    live = fg.nodes_by_id
    n_out = len(op.out_taps)
    n_mm = op.n_mitmot  # a gradient loop's buffers: kept whole, as Theano keeps mit_mot ones
    init = [op.depth(k) if n_mm <= k < op.n_fed else 0 for k in range(n_out)]
    n = node.inputs[0]
    global_steps = {"real": -1, "sym": []} if op.n_shared == 0 else None
    slices = [None] * n_out
    for i in range(n_out):
        out = node.outputs[i]
        slices[i] = []
        for client in _clients(fg, out):
            if client == "output" or not isinstance(client.op, Subtensor):
                global_steps, slices[i] = None, None
                break
            entries = index_entries(client)
            length = ctx.shape_of(out)[0]
            cnf = canonical_slice(entries[0], length)
            slices[i].append((cnf, entries))
            if isinstance(entries[0], slice) and entries[0].stop is None:
                global_steps = None
            if isinstance(cnf[0], slice):
                stop = extract(cnf[0].stop)
            else:
                stop = extract(cnf[0]) + 1
            if _same(stop, sys.maxsize) or _same(stop, length):
                stop = None
            else:
                stop = stop - init[i]
            if stop is not None and global_steps is not None:
                # Theano asks ``type(stop) in integer_types``: a constant bound is a numpy
                # value (extract_constant's), so a loop read to a constant row keeps its
                # steps; only a bound that is a graph shortens it
                if isinstance(stop, T.Variable):
                    global_steps["sym"].append(stop)
                elif type(stop) is int and stop == sys.maxsize:
                    global_steps = None
                elif type(stop) is int and global_steps["real"] < stop:
                    global_steps["real"] = stop
                elif not (type(stop) is int and stop > 0):
                    global_steps = None
    if global_steps is not None:
        sym = None
        for s in global_steps["sym"]:
            sym = s if sym is None else T.maximum(sym, s)
        real = global_steps["real"] if global_steps["real"] >= 0 else None
        new_n = _select_max(_select_min(_select_max(sym, real), n), 1)
    else:
        new_n = n
    store = [0] * n_mm + [-1] * (n_out - n_mm)
    flag = False
    for i in range(n_out):
        out = node.outputs[i]
        for client in _clients(fg, out):
            if client == "output" or not isinstance(client.op, Subtensor):
                store[i] = 0
                break
            entries = index_entries(client)
            if isinstance(entries[0], slice) and entries[0].start is None:
                store[i] = 0
                break
            # Theano's ">" against its own (uncompressed) output position: the first output
            # after the gradient buffers reads the length from the shape table, the later
            # ones build n_steps + init afresh
            length = n + init[i] if positions[i] > n_mm else ctx.shape_of(out)[0]
            cnf = canonical_slice(entries[0], length)[0]
            start = extract(cnf.start) if isinstance(cnf, slice) else extract(cnf)
            if (_is_int(start) and start == 0) or (_is_int(store[i]) and store[i] == 0):
                store[i] = 0
                continue
            floor = init[i] + 1 if i < op.n_fed else init[i]
            rows = _select_max(new_n - start + init[i], floor)
            if not (_is_int(store[i]) and store[i] == -1):
                rows = _select_max(rows, store[i])
            store[i] = rows
            flag = True
    # an output nobody reads that is still here is one whose past the step reads
    # (loop_memory._drop_unread dropped the others): Theano keeps 1 row after its initial ones
    orphans = {i for i, s in enumerate(store) if _is_int(s) and s < 0}
    if not (flag or orphans) and global_steps is None:
        return
    inputs = list(node.inputs)
    inputs[0] = new_n
    replaced, old_outputs = [], []
    for i, val in enumerate(store):
        if i in orphans:
            val = 1
        elif _is_int(val) and val <= 0:
            continue
        if i < op.n_fed:
            at = 1 + op.n_seqs + i
            buffer = inputs[at]
            depth = T.as_tensor_variable(init[i])
            if buffer.owner is not None and isinstance(buffer.owner.op, IncSubtensor) \
                    and isinstance(buffer.owner.op.idx[0], tuple):
                if buffer.owner.inputs[1].ndim == 0:
                    # initial rows set from a scalar (zeros(2) became a broadcast 0.0):
                    # Theano's expand_empty reads the scalar's shape[0] and fails
                    raise SaveMemFailed(i)
                rows = T.as_tensor_variable(val)
                size = greedy(T.switch(T.lt(rows, depth), rows + depth, rows - depth), live)
                size = merge_constants([size], live)[0]
                inputs[at] = expand_empty(buffer.owner.inputs[1], size)
            else:
                size = greedy(T.maximum(T.as_tensor_variable(val), depth), live)
                size = merge_constants([size], live)[0]
                inputs[at] = buffer[:size]
        else:
            at = 1 + op.n_seqs + op.n_fed + op.n_shared + i - op.n_fed
            if inputs[at] is node.inputs[0]:
                inputs[at] = val
        replaced.append(i)
        old_outputs.append(i)
    if global_steps is not None:
        for i, val in enumerate(store):
            if i < n_mm or not (_is_int(val) and val == 0):
                continue
            if i < op.n_fed:
                at = 1 + op.n_seqs + i
                buffer = inputs[at]
                if buffer.owner is not None and isinstance(buffer.owner.op, IncSubtensor) \
                        and isinstance(buffer.owner.op.idx[0], tuple):
                    inputs[at] = expand_empty(buffer.owner.inputs[1], new_n)
            else:
                at = 1 + op.n_seqs + op.n_fed + op.n_shared + i - op.n_fed
                if inputs[at] is node.inputs[0]:
                    inputs[at] = new_n
    inputs = merge_constants([greedy(v if isinstance(v, T.Variable) else T.as_tensor_variable(v),
                                     live) for v in inputs], live)
    first = T.as_tensor_variable(inputs[0])
    if first.owner is None and hasattr(first, "data") and int(np.asarray(first.data)) == 0:
        return
    new = op.make_node(*inputs)
    pairs = []
    for i, found in enumerate(slices):
        if not (global_steps and found is not None and _is_int(store[i]) and store[i] == 0):
            continue
        for (cnf, entries), client in zip(found, _clients(fg, node.outputs[i])):
            first_entry = slice(*map(_sanitize, (cnf[0].start, cnf[0].stop, cnf[0].step))) \
                if isinstance(cnf[0], slice) else _sanitize(cnf[0])
            pairs.append((client.outputs[0], _reindexed(new.outputs[i], first_entry, entries,
                                                        cnf[1])))
        replaced.append(i)
    for i in old_outputs:
        for (cnf, entries), client in zip(slices[i], _clients(fg, node.outputs[i])):
            if isinstance(cnf[0], slice):
                start = cnf[0].start - new_n - init[i] + store[i]
                stop = None
                if cnf[0].stop is not None and not _same(cnf[0].stop, sys.maxsize):
                    stop = cnf[0].stop - new_n - init[i] + store[i]
                first_entry = slice(_sanitize(start), _sanitize(stop), _sanitize(cnf[0].step))
            else:
                first_entry = _sanitize(cnf[0] - new_n - init[i] + store[i])
            pairs.append((client.outputs[0], _reindexed(new.outputs[i], first_entry, entries,
                                                        cnf[1])))
    for i, o in enumerate(node.outputs):
        if i not in replaced:
            pairs.append((o, new.outputs[i]))
    fg.replace_all(pairs)


def _reindexed(out, first, entries, reverse):
    """``out[first, rest...]``, read backwards when ``reverse`` says so (``[::reverse]``)."""
    new = Subtensor.build(out, (first,) + tuple(entries[1:]))
    if new.ndim > 0:
        step = T.constant(reverse, dtype="int64") if not isinstance(reverse, T.Variable) \
            else reverse
        new = Subtensor.build(new, (slice(None, None, step),))
    return new
