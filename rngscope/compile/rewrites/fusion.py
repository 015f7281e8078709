"""Elementwise fusion: chains of elementwise ops become one ``Elemwise{Composite{...}}``.

Theano's local_elemwise_fusion: an input produced by an elementwise op that
only this node reads, with the same broadcast pattern as this node's output,
is folded into the node's scalar program; nodes are visited consumers first
(reverse toposort) and each fused node is fused again until it cannot grow.
"""
from __future__ import annotations

from rngscope.tensor.elemwise import Elemwise
from rngscope.tensor.scalar import Composite

MAX_INPUTS = 32


def _program_of(node):
    """(program, nin) for an Elemwise node's scalar op, as Composite program steps."""
    op = node.op.scalar_op
    if isinstance(op, Composite):
        return list(op.program), op.nin
    return [(op, tuple(("i", k) for k in range(len(node.inputs))))], len(node.inputs)


def _splice(program, steps, arg_map):
    """Append ``steps`` (a program over its own inputs) to ``program``; return the result ref."""
    base = len(program)
    for op, args in steps:
        new_args = []
        for kind, k in args:
            new_args.append(arg_map[k] if kind == "i" else ("t", base + k))
        program.append((op, tuple(new_args)))
    return ("t", len(program) - 1)


def fuse_node(node, n_clients):
    """A fused replacement for ``node`` (list of outputs) or None."""
    if type(node.op) is not Elemwise or len(node.outputs) != 1 or node.op.inplace:
        return None
    inputs = []  # inputs of the new node
    program = []  # steps of the new Composite
    refs = []  # the scalar argument of the current op for each of node.inputs
    fused = False
    nb_inputs = len(node.inputs)
    out_bcast = node.outputs[0].broadcastable
    for i in node.inputs:
        inner = i.owner
        if (inner is not None and type(inner.op) is Elemwise and not inner.op.inplace
                and len(inner.outputs) == 1 and n_clients(i) == 1
                and i.broadcastable == out_bcast):
            tmp_inputs, arg_map = [], {}
            for k, ii in enumerate(inner.inputs):
                if any(ii is x for x in inputs):
                    arg_map[k] = ("i", _index(inputs, ii))
                elif any(ii is x for x in tmp_inputs):
                    arg_map[k] = ("pending", _index(tmp_inputs, ii))
                else:
                    tmp_inputs.append(ii)
                    arg_map[k] = ("pending", len(tmp_inputs) - 1)
            new_nb = nb_inputs + len(tmp_inputs) - 1
            for x in tmp_inputs:
                if any(x is y for y in node.inputs):
                    new_nb -= 1
            if new_nb <= MAX_INPUTS:
                fused = True
                nb_inputs = new_nb
                start = len(inputs)
                inputs.extend(tmp_inputs)
                arg_map = {k: (("i", start + r[1]) if r[0] == "pending" else r)
                           for k, r in arg_map.items()}
                inner_op = inner.op.scalar_op
                program.append((inner_op, tuple(arg_map[k] for k in range(len(inner.inputs)))))
                refs.append(("t", len(program) - 1))
                continue
        if _count(inputs, i) == _count(node.inputs, i):
            refs.append(("i", _index(inputs, i)))
        else:
            inputs.append(i)
            refs.append(("i", len(inputs) - 1))
    if not fused:
        return None
    op = node.op.scalar_op
    if isinstance(op, Composite):
        arg_map = {k: refs[k] for k in range(len(refs))}
        _splice(program, list(op.program), arg_map)
    else:
        program.append((op, tuple(refs)))
    comp = Composite(tuple(program), len(inputs), node.outputs[0].dtype)
    out = Elemwise(comp)(*inputs)
    if out.type != node.outputs[0].type or len(inputs) > MAX_INPUTS:
        return None
    return [out]


def _count(seq, v):
    return sum(1 for x in seq if x is v)


def _index(seq, v):
    for k, x in enumerate(seq):
        if x is v:
            return k
    raise ValueError(v)


def fusion(fg):
    """Fuse elementwise chains, consumers first, until nothing more fuses."""
    changed = True
    while changed:
        changed = False
        for node in reversed(fg.toposort()):
            if not fg.contains(node):
                continue
            current = node
            while True:
                result = fuse_node(current, fg.n_clients)
                if result is None:
                    break
                current = result[0].owner
            if current is not node:
                fg.replace(node.outputs[0], current.outputs[0])
                changed = True
