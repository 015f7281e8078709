"""Loops of one function that run side by side become one loop (Theano 1.0.5's ScanMerge,
``scanOp_merge`` in scan_eqopt2, after the loops' constants are read back inside).

The loops are visited in toposort order; each joins the first set whose first loop it
agrees with: the same kind (for / do-while), the same truncate_gradient, the same number
of steps (equal constant values, else the very same variable), no path between it and
any loop of the set, and for do-while loops the same condition graph over the same inner
input positions.  The merged loop stops on the first loop's condition.

A set of two or more loops becomes one loop named ``a&b`` whose inputs and outputs are
the loops' own, kind by kind (sequences of every loop, then gradient buffers, buffers of
outputs with several taps, buffers of outputs fed back from t-1, carried states, counts
of outputs not fed back, non-sequences).  As Theano, each named inner input and each
named outer input is renamed with the position of its loop in the set (``x[t-1]`` of the
first loop reads ``x[t-1]0``, a non-sequence ``W`` read by both becomes ``W01``): inner
inputs of the loops themselves, so a later merge of the same loop adds its own index; the
compiled function's leaves through its graph's ``renamed`` table (Theano renames its
private clones of them, the script's variables keep their names).
"""
from __future__ import annotations

from rngscope.compile.graph_replace import StructuralKeys
# one loop's scanOp_remove_constants_and_unused_inputs (Theano's scan_eqopt2 runs it again
# after the merge: an input both loops read becomes one)
from rngscope.compile.rewrites.loop_pushout import _remove_constants
from rngscope.tensor.static import constant_value
from rngscope.graph.basic import ancestors, clone_replace

__all__ = ["loop_merge"]


def loop_merge(fg):
    """for{a}(n, ...), for{b}(n, ...) -> for{a&b}(n, ...) when neither reads the other."""
    if sum(1 for nd in fg.nodes_by_id.values() if hasattr(nd.op, "buffer_positions")) < 2:
        return  # (a graph without two loops is not sorted at all)
    loops = [nd for nd in fg.toposort() if hasattr(nd.op, "buffer_positions")]
    if len(loops) < 2:
        return
    above = {}  # id(loop) -> ids of the Apply nodes it depends on
    for nd in loops:
        above[id(nd)] = {id(v.owner) for v in ancestors(list(nd.inputs)) if v.owner is not None}
    sets = []
    for nd in loops:
        for group in sets:
            if _joins(nd, group, above):
                group.append(nd)
                break
        else:
            sets.append([nd])
    merged = []
    for group in sets:
        if len(group) > 1:
            pairs, new = _merge(fg, group)
            fg.replace_all(pairs)
            merged.append(new)
    for nd in merged:  # Theano's scan_eqopt2 goes on: duplicate inputs read once
        while fg.contains(nd) and _remove_constants(fg, nd):
            nd = _loop_of(fg, nd)


def _loop_of(fg, nd):
    """The loop that took ``nd``'s place (the one standing for the same loops)."""
    for node in fg.toposort():
        if getattr(node.op, "parts", None) is nd.op.parts:
            return node
    return nd


def _steps(nd):
    value = constant_value(nd.inputs[0])
    return nd.inputs[0] if value is None else int(value)


def _joins(nd, group, above):
    """Theano's ScanMerge.belongs_to_set."""
    rep = group[0]
    if (nd.op.as_while != rep.op.as_while or nd.op.truncate_gradient != rep.op.truncate_gradient
            or nd.op.mode != rep.op.mode):
        return False
    mine, theirs = _steps(nd), _steps(rep)
    if type(mine) is not type(theirs) or (mine != theirs if isinstance(mine, int)
                                         else mine is not theirs):
        return False
    if any(id(nd) in above[id(other)] or id(other) in above[id(nd)] for other in group):
        return False
    if not nd.op.as_while:
        return True
    return _same_condition(nd.op, rep.op)


def _same_condition(a, b):
    """Theano's equal_computations of the two conditions, inner inputs paired by position."""
    if len(a.inner_inputs) != len(b.inner_inputs):
        return False
    if any(x.type != y.type for x, y in zip(a.inner_inputs, b.inner_inputs)):
        return False
    ka, kb = StructuralKeys(), StructuralKeys()
    for k, (x, y) in enumerate(zip(a.inner_inputs, b.inner_inputs)):
        ka.keys[id(x)] = kb.keys[id(y)] = ("inner", k)
    return ka(a.inner_outputs[-1]) == kb(b.inner_outputs[-1])


def _kinds(op):
    """The loop's inner inputs, inner outputs and outer-input and output positions by kind:
    {kind: (inner inputs, inner outputs, outer input positions, output positions)}."""
    n_mm = op.n_mitmot
    mit = [k for k in range(n_mm, op.n_fed) if op.out_taps[k] != (-1,)]
    sit = [k for k in range(n_mm, op.n_fed) if op.out_taps[k] == (-1,)]
    nit = list(range(op.n_fed, len(op.out_taps)))
    inner_in = list(op.inner_inputs)
    inner_out = list(op.inner_outputs)
    taps_at, at = [], op.n_seqs
    for k in range(op.n_fed):
        taps_at.append(list(range(at, at + len(op.out_taps[k]))))
        at += len(op.out_taps[k])
    mm_outs, at = [], 0
    for taps in op.mitmot_out_taps:
        mm_outs.append(list(range(at, at + len(taps))))
        at += len(taps)
    first_shared = op.n_seqs + sum(len(t) for t in op.out_taps[:op.n_fed])
    shared_in = list(range(first_shared, first_shared + op.n_shared))
    first_nonseq = len(inner_in) - op.n_nonseq
    n_out = len(op.out_taps)
    state_outs = [op.inner_out(n_out) + j for j in range(op.n_shared)]
    buffers = 1 + op.n_seqs
    counts = buffers + op.n_fed + op.n_shared

    def ins(ks):
        return [inner_in[p] for k in ks for p in taps_at[k]]

    return {
        "seq": (inner_in[:op.n_seqs], [], list(range(1, buffers)), []),
        "mitmot": (ins(range(n_mm)), [inner_out[p] for k in range(n_mm) for p in mm_outs[k]],
                   [buffers + k for k in range(n_mm)], list(range(n_mm))),
        "mitsot": (ins(mit), [inner_out[op.inner_out(k)] for k in mit],
                   [buffers + k for k in mit], mit),
        "sitsot": (ins(sit), [inner_out[op.inner_out(k)] for k in sit],
                   [buffers + k for k in sit], sit),
        "shared": ([inner_in[p] for p in shared_in], [inner_out[p] for p in state_outs],
                   list(range(buffers + op.n_fed, counts)),
                   list(range(n_out, n_out + op.n_shared))),
        "nitsot": ([], [inner_out[op.inner_out(k)] for k in nit],
                   [counts + k - op.n_fed for k in nit], nit),
        "nonseq": (inner_in[first_nonseq:], [], list(range(counts + len(nit), counts + len(nit)
                                                              + op.n_nonseq)), []),
    }


_IN_ORDER = ("seq", "mitmot", "mitsot", "sitsot", "shared", "nitsot", "nonseq")
_OUT_ORDER = ("mitmot", "mitsot", "sitsot", "nitsot", "shared")


def _rename(fg, var, suffix):
    """Theano's rename: a named variable gets ``suffix`` appended (a leaf, which the
    compiled graph shares with the script, through ``fg.renamed``)."""
    if var.owner is None:
        table = fg.__dict__.setdefault("renamed", {})
        name = table.get(id(var), (var, var.name))[1]
        if name:
            table[id(var)] = (var, name + suffix)
    elif var.name:
        var.name += suffix


def _merge(fg, nodes):
    """The merged loop's node for ``nodes`` and the (old output, new output) pairs."""
    # the loops' own op class (scan_op compiles steps with the modes: importing it here
    # would make an import circle)
    Scan = type(nodes[0].op)
    kinds = [_kinds(nd.op) for nd in nodes]
    for kind in _IN_ORDER:
        for idx, (nd, parts) in enumerate(zip(nodes, kinds)):
            _rename_inner(nd.op, parts[kind][0], str(idx))
            for p in parts[kind][2]:
                _rename(fg, nd.inputs[p], str(idx))
    # each loop's step cloned onto fresh inner inputs (the names as renamed above)
    fresh, part_inputs, base = [], [], 0
    for nd, parts in zip(nodes, kinds):
        old_in = [v for kind in _IN_ORDER for v in parts[kind][0]]
        new_in = [v.clone() for v in old_in]
        own = {id(v): k for v, k in nd.op.part_inputs}  # a merged loop merged again
        part_inputs.extend((n, base + own.get(id(o), 0)) for o, n in zip(old_in, new_in))
        base += len(nd.op.parts) or 1
        old_out = [v for kind in _OUT_ORDER for v in parts[kind][1]]
        if nd.op.as_while:
            old_out.append(nd.op.inner_outputs[-1])
        new_out, _ = clone_replace(old_out, dict(zip(old_in, new_in)))
        mapping = {id(o): n for o, n in zip(old_in, new_in)}
        outs = {id(o): n for o, n in zip(old_out, new_out)}
        fresh.append(({kind: [mapping[id(v)] for v in parts[kind][0]] for kind in _IN_ORDER},
                      {kind: [outs[id(v)] for v in parts[kind][1]] for kind in _OUT_ORDER},
                      outs[id(nd.op.inner_outputs[-1])] if nd.op.as_while else None))
    inner_in = [v for kind in _IN_ORDER for ins, _o, _c in fresh for v in ins[kind]]
    inner_out = [v for kind in _OUT_ORDER for _i, outs, _c in fresh for v in outs[kind]]
    first = nodes[0].op
    if first.as_while:
        inner_out.append(fresh[0][2])
    out_taps, mm_taps = [], []
    for kind in ("mitmot", "mitsot", "sitsot", "nitsot"):
        for nd, parts in zip(nodes, kinds):
            out_taps.extend(nd.op.out_taps[k] for k in parts[kind][3])
            if kind == "mitmot":
                mm_taps.extend(nd.op.mitmot_out_taps)
    op = Scan(
        name="&".join(nd.op.name for nd in nodes),
        n_seqs=sum(nd.op.n_seqs for nd in nodes),
        out_taps=tuple(out_taps),
        n_shared=sum(nd.op.n_shared for nd in nodes),
        n_nonseq=sum(nd.op.n_nonseq for nd in nodes),
        inner_inputs=tuple(inner_in),
        inner_outputs=tuple(inner_out),
        truncate_gradient=first.truncate_gradient,
        as_while=first.as_while,
        mode=first.mode,
        mitmot_out_taps=tuple(mm_taps),
        gradient=all(nd.op.gradient for nd in nodes),
        parts=tuple(part for nd in nodes for part in (nd.op.parts or (nd.op.name,))),
        part_inputs=tuple(part_inputs),
    )
    outer_in = [nodes[0].inputs[0]]
    for kind in _IN_ORDER:
        for nd, parts in zip(nodes, kinds):
            outer_in.extend(nd.inputs[p] for p in parts[kind][2])
    old_outputs = []
    for kind in _OUT_ORDER:
        for nd, parts in zip(nodes, kinds):
            old_outputs.extend(nd.outputs[p] for p in parts[kind][3])
    new = op.make_node(*outer_in)
    return list(zip(old_outputs, new.outputs)), new


def _rename_inner(op, inner, suffix):
    """Theano renames the loop's own inner inputs (a later merge of the same loop adds its
    own index), and so the names its compiled step prints (a private copy here)."""
    at = {id(v): k for k, v in enumerate(op.inner_inputs)}
    for v in inner:
        w = op.fgraph.inputs[at[id(v)]]
        if w.name and w is not v:
            w.name += suffix
        if v.name:
            v.name += suffix
