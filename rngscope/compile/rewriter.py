"""The rewrite driver: apply local rewrites node by node until nothing changes.

A local rewrite is a function ``rule(node, ctx) -> list of new outputs | None``.
The driver walks the graph in topological order, rebuilding each node whose
inputs were replaced, offers it to the rules, and records replacements (names
carry over to the replacement, as Theano's ReplaceValidate does).  It repeats
until a whole walk changes nothing.  Everything is iterative.
"""
from __future__ import annotations

from rngscope.graph.basic import Constant
from rngscope.tensor.shape_ops import Shape_i
from rngscope.tensor.variable import constant


class Context:
    """What a rule may ask about the graph during one walk."""

    def __init__(self, fg, nodes):
        self.fg = fg
        self.nodes = nodes
        self._clients = fg.clients(nodes)
        self._shapes = {}

    def clients(self, var):
        """(node or 'output', index) pairs reading ``var`` at the start of this walk."""
        return self._clients.get(id(var), [])

    def n_clients(self, var):
        """How many distinct consumers (nodes, or the outputs) read ``var``."""
        seen = []
        for c, _i in self.clients(var):
            if not any(c is s for s in seen):
                seen.append(c)
        return len(seen)

    def is_output(self, var):
        return any(c == "output" for c, _i in self.clients(var))

    def shape_of(self, var):
        """A tuple of int64 scalar variables giving ``var``'s shape (constants when known)."""
        from rngscope.compile.shapes import infer_shape

        stack = [var]
        while stack:
            v = stack[-1]
            if id(v) in self._shapes:
                stack.pop()
                continue
            needed = [i for i in _shape_deps(v) if id(i) not in self._shapes]
            if needed:
                stack.extend(needed)
                continue
            stack.pop()
            self._shapes[id(v)] = infer_shape(v, self._shapes)
        return self._shapes[id(var)]


def _shape_deps(v):
    from rngscope.compile.shapes import shape_inputs

    return shape_inputs(v)


def rebuild(node, inputs):
    """``node`` with new inputs (the same node when nothing changed)."""
    if all(a is b for a, b in zip(inputs, node.inputs)):
        return node
    return node.op.make_node(*inputs)


def transfer_names(old_outputs, new_outputs):
    for o, n in zip(old_outputs, new_outputs):
        if o.name is not None and n.name is None:
            n.name = o.name


def walk(fg, rules, max_rounds=100):
    """Apply ``rules`` over the graph until a fixed point; True if anything changed."""
    changed_any = False
    for _ in range(max_rounds):
        nodes = fg.nodes()
        ctx = Context(fg, nodes)
        memo = {}
        changed = False
        for node in nodes:
            inputs = [memo.get(id(i), i) for i in node.inputs]
            new = rebuild(node, inputs)
            outs = list(new.outputs)
            for rule in rules:
                result = rule(new, ctx)
                if result is not None:
                    outs = list(result)
                    changed = True
                    break
            transfer_names(node.outputs, outs)
            for o, n in zip(node.outputs, outs):
                if n is not o:
                    memo[id(o)] = n
        fg.replace_outputs(memo)
        changed_any |= changed
        if not changed:
            break
    return changed_any


def merge(fg):
    """Merge equal constants and equal nodes (same op, same inputs) into one."""
    memo = {}
    consts = {}
    seen = {}

    def canon(v):
        v = memo.get(id(v), v)
        if isinstance(v, Constant):
            sig = v.signature()
            if sig in consts:
                return consts[sig]
            consts[sig] = v
        return v

    for node in fg.nodes():
        inputs = [canon(i) for i in node.inputs]
        key = (node.op, tuple(id(i) for i in inputs))
        if key in seen:
            other = seen[key]
            transfer_names(node.outputs, other.outputs)
            for o, n in zip(node.outputs, other.outputs):
                memo[id(o)] = n
            continue
        new = rebuild(node, inputs)
        seen[key] = new
        transfer_names(node.outputs, new.outputs)
        for o, n in zip(node.outputs, new.outputs):
            if n is not o:
                memo[id(o)] = n
    outs = {id(o): canon(o) for o in fg.outputs}
    fg.outputs = [outs[id(o)] for o in fg.outputs]


def int_constant(value):
    return constant(int(value), dtype="int64")


__all__ = ["walk", "merge", "Context", "rebuild", "Shape_i", "int_constant"]
