"""Graph surgery by structure: equal computations (the same ops on the same inputs) and
clones with replacements, as Theano's scan gradient and scan rewrites use them
(scan_utils.forced_replace, equal_computations, clone)."""
from __future__ import annotations

from rngscope.graph.basic import Constant, nodes_between
from rngscope.graph.sites import keep_site

__all__ = ["StructuralKeys", "clone_all", "forced_replace"]


def forced_replace(out, x, y):
    """``out`` with every part that computes what ``x`` computes (the same ops on the same
    inputs) read as ``y``, the whole graph cloned (Theano's forced_replace); ``out`` itself
    when no part does."""
    key = StructuralKeys()
    target = key(x)
    found = []
    seen = set()
    queue = [out]
    while queue:  # breadth-first from ``out``, as Theano's deque walk (a match is not entered)
        v = queue.pop()
        if id(v) in seen:
            continue
        seen.add(id(v))
        if key(v) == target:
            found.append(v)
        elif v.owner is not None:
            queue.extend(v.owner.inputs)
    if not found:
        return out
    return clone_all([out], {v: y for v in found})[0]


class StructuralKeys:
    """Structural keys of variables: equal keys, equal computations (iterative)."""

    def __init__(self):
        self.keys, self.table = {}, {}

    def __call__(self, v):
        if id(v) in self.keys:
            return self.keys[id(v)]
        stack = [(v, False)]
        while stack:
            u, ready = stack.pop()
            if id(u) in self.keys:
                continue
            if u.owner is not None and not ready:
                stack.append((u, True))
                stack.extend((i, False) for i in u.owner.inputs if id(i) not in self.keys)
                continue
            if isinstance(u, Constant):
                k = ("c", u.signature())
            elif u.owner is None:
                k = ("v", id(u))
            else:
                nd = u.owner
                try:
                    hash(nd.op)
                    op_key = nd.op
                except TypeError:
                    op_key = id(nd.op)
                k = (op_key, tuple(self.keys[id(i)] for i in nd.inputs),
                     next(j for j, o in enumerate(nd.outputs) if o is u))
            self.keys[id(u)] = self.table.setdefault(k, len(self.table))
        return self.keys[id(v)]


def clone_all(outputs, replace):
    """Every node between the inputs and ``outputs`` rebuilt (Theano's clone with
    ``replace``): variables in ``replace`` read as their replacement, names kept."""
    memo = {id(old): new for old, new in replace.items()}
    for node in nodes_between(list(replace), outputs):
        new_node = keep_site(node, node.op.make_node(*[memo.get(id(i), i) for i in node.inputs]))
        for o, n in zip(node.outputs, new_node.outputs):
            if o.name is not None:
                n.name = o.name
            memo.setdefault(id(o), n)
    return [memo.get(id(o), o) for o in outputs]
