"""Elementwise fusion: chains of elementwise ops become one ``Elemwise{Composite{...}}``.

Theano's local_elemwise_fusion works in rounds: an input produced by an
elementwise op that only this node reads, with the same broadcast pattern as
the node's output, is replaced by that op's own inputs (deduplicated against
the inputs gathered so far), and the grown node is fused again until no input
qualifies.  Nodes are visited consumers first (reverse toposort).

Rebuilding the scalar program every round costs time proportional to its
size, which makes a long chain quadratic.  Here each round only rewrites the
input list (at most 32 entries) and records which entries were expanded; the
program is assembled once at the end, so fusion is linear in the chain length
and the result (inputs order, expression) is the one Theano's rounds give.
"""
from __future__ import annotations

from rngscope.tensor.elemwise import Elemwise
from rngscope.tensor.scalar import Composite

__all__ = [
    "add_mul_fusion", "flatten_add_mul", "fuse_region", "fusion", "MAX_INPUTS",
]

MAX_INPUTS = 32


class _Entry:
    """One input slot of the node being grown: a variable, later maybe expanded or aliased."""

    __slots__ = ("var", "op", "args", "alias")

    def __init__(self, var):
        self.var = var
        self.op = None  # scalar op when this slot was fused (expanded)
        self.args = ()  # the entries of the next round it reads
        self.alias = None  # the entry of the next round it was merged into


def _fusable(var, out_bcast, n_clients):
    inner = var.owner
    return (inner is not None and type(inner.op) is Elemwise and not inner.op.inplace
            and len(inner.outputs) == 1 and var.type.broadcastable == out_bcast
            and n_clients(var) == 1)


def _index(seq, var):
    for k, e in enumerate(seq):
        if e.var is var:
            return k
    return -1


def _count(seq, var):
    return sum(1 for e in seq if e.var is var)


def _round(entries, out_bcast, n_clients):
    """One Theano fusion round over ``entries``; returns the next round's entries or None."""
    new = []
    fused = False
    nb_inputs = len(entries)
    for entry in entries:
        var = entry.var
        if _fusable(var, out_bcast, n_clients):
            inner = var.owner
            tmp, refs = [], []
            for ii in inner.inputs:
                k = _index(new, ii)
                if k >= 0:
                    refs.append(new[k])
                    continue
                k = _index(tmp, ii)
                if k >= 0:
                    refs.append(tmp[k])
                    continue
                tmp.append(_Entry(ii))
                refs.append(tmp[-1])
            new_nb = nb_inputs + len(tmp) - 1
            for t in tmp:
                if _index(entries, t.var) >= 0:
                    new_nb -= 1
            if new_nb <= MAX_INPUTS:
                fused = True
                nb_inputs = new_nb
                new.extend(tmp)
                entry.op, entry.args = inner.op.scalar_op, tuple(refs)
                continue
        if _count(new, var) == _count(entries, var):
            entry.alias = new[_index(new, var)]
        else:
            nxt = _Entry(var)
            new.append(nxt)
            entry.alias = nxt
    return new if fused else None


def fuse_region(node, n_clients):
    """The fused replacement output for ``node``, or None when nothing fuses."""
    if type(node.op) is not Elemwise or len(node.outputs) != 1 or node.op.inplace:
        return None
    out_bcast = node.outputs[0].broadcastable
    first = [_Entry(i) for i in node.inputs]
    entries = _round(first, out_bcast, n_clients)
    if entries is None:
        return None
    while True:
        nxt = _round(entries, out_bcast, n_clients)
        if nxt is None:
            break
        entries = nxt
    leaves = {id(e): k for k, e in enumerate(entries)}
    program = []
    refs = _assemble(first, leaves, program)
    op = node.op.scalar_op
    if isinstance(op, Composite):
        base = len(program)
        for step_op, args in op.program:
            program.append((step_op, tuple(refs[k] if kind == "i" else ("t", base + k)
                                           for kind, k in args)))
    else:
        program.append((op, tuple(refs)))
    comp = Composite(tuple(program), len(entries), node.outputs[0].dtype)
    out = Elemwise(comp)(*[e.var for e in entries])
    if out.type != node.outputs[0].type:
        return None
    return out


def _assemble(roots, leaves, program):
    """Program references for ``roots``, appending each expanded entry's step once (iteratively)."""
    done = {}
    stack = list(reversed(roots))
    while stack:
        entry = stack[-1]
        if id(entry) in done:
            stack.pop()
            continue
        if id(entry) in leaves:
            done[id(entry)] = ("i", leaves[id(entry)])
            continue
        if entry.alias is not None:
            if id(entry.alias) in done:
                done[id(entry)] = done[id(entry.alias)]
            else:
                stack.append(entry.alias)
            continue
        pending = [a for a in entry.args if id(a) not in done]
        if pending:
            stack.extend(reversed(pending))
            continue
        program.append((entry.op, tuple(done[id(a)] for a in entry.args)))
        done[id(entry)] = ("t", len(program) - 1)
    return [done[id(e)] for e in roots]


def _add_mul_family(node):
    op = node.op if node is not None else None
    if type(op) is not Elemwise or op.inplace or isinstance(op.scalar_op, Composite):
        return None
    cls = getattr(op.scalar_op, "cls", None)
    return cls if cls in ("Add", "Mul") else None


def flatten_add_mul(node, n_clients):
    """add(add(a, b), c) -> add(a, b, c) (and mul) when the inner one is read only here.

    Theano expands one level per round until nothing changes; expanding depth first,
    left to right, in a single pass gives the same input list without the quadratic
    rebuilding of every intermediate node.
    """
    cls = _add_mul_family(node)
    if cls is None:
        return None
    leaves, fused = [], False
    stack = list(reversed(node.inputs))
    while stack:
        inp = stack.pop()
        if _add_mul_family(inp.owner) == cls and n_clients(inp) == 1:
            stack.extend(reversed(inp.owner.inputs))
            fused = True
        else:
            leaves.append(inp)
    return node.op.make_node(*leaves).outputs[0] if fused else None


def add_mul_fusion(fg):
    """Theano's local_add_mul_fusion: nested adds (muls) become one n-ary add (mul) first,
    so a Composite's program stays small."""
    _repeat_reverse(fg, flatten_add_mul)


def _repeat_reverse(fg, rewrite):
    changed = True
    while changed:
        changed = False
        for node in reversed(fg.toposort()):
            if not fg.contains(node):
                continue
            out = rewrite(node, fg.n_clients)
            if out is not None:
                fg.replace(node.outputs[0], out, keep_site=False)
                changed = True


def fusion(fg):
    """Fuse elementwise chains, consumers first, until nothing more fuses."""
    add_mul_fusion(fg)
    _repeat_reverse(fg, fuse_region)
