"""FunctionGraph: the graph one compiled function owns, with clients and destroyers.

Rewrites change it with ``replace`` (names carry over to the new variable, as
in Theano).  ``toposort`` orders nodes exactly as Theano 1.0.5 does, including
the extra orderings in-place ops impose (every other reader of a destroyed
value runs before its destroyer).
"""
from __future__ import annotations

from rngscope.graph.basic import Apply, Constant, io_toposort


class FunctionGraph:
    """Inputs, outputs and the Apply nodes between them."""

    def __init__(self, inputs, outputs, protected=()):
        self.inputs = list(inputs)
        self.outputs = list(outputs)
        self.protected = set(map(id, protected))
        self.update_mapping = {}

    # -- structure ---------------------------------------------------------

    def nodes(self):
        """Apply nodes in Theano's plain (orderless) toposort."""
        return io_toposort(self.inputs, self.outputs)

    def clients(self, nodes=None):
        """variable id -> list of (node or 'output', input index), in node order."""
        out = {}
        for node in nodes if nodes is not None else self.nodes():
            for i, v in enumerate(node.inputs):
                out.setdefault(id(v), []).append((node, i))
        for i, v in enumerate(self.outputs):
            out.setdefault(id(v), []).append(("output", i))
        return out

    def replace_outputs(self, mapping):
        """Point outputs at their replacements (``mapping``: id(old) -> new)."""
        self.outputs = [mapping.get(id(o), o) for o in self.outputs]

    # -- destruction -------------------------------------------------------

    def orderings(self, nodes=None):
        """node -> nodes that must run first because it destroys what they read."""
        nodes = nodes if nodes is not None else self.nodes()
        clients = self.clients(nodes)
        position = {id(n): k for k, n in enumerate(nodes)}
        order = {}
        for node in nodes:
            dmap = getattr(node.op, "destroy_map", {})
            if not dmap:
                continue
            before = []
            for _out, ins in sorted(dmap.items()):
                root = view_root(node.inputs[ins[0]])
                for var in view_tree(root, clients):
                    for client, _i in clients.get(id(var), ()):
                        if client == "output" or client is node:
                            continue
                        if not _is_view_of(client, var) and client not in before:
                            before.append(client)
                        elif _is_view_of(client, var):
                            continue
            before.sort(key=lambda n: position[id(n)])
            if before:
                order[node] = before
        return order

    def toposort(self):
        nodes = self.nodes()
        if len(nodes) < 2:
            return nodes
        return io_toposort(self.inputs, self.outputs, self.orderings(nodes))


def _is_view_of(node, var):
    vmap = getattr(node.op, "view_map", {})
    return any(node.inputs[i[0]] is var for i in vmap.values())


def view_root(var, through_destroy=False):
    """Follow view ops (DimShuffle) down to the variable whose memory ``var`` shares."""
    while var.owner is not None:
        vmap = getattr(var.owner.op, "view_map", {})
        dmap = getattr(var.owner.op, "destroy_map", {}) if through_destroy else {}
        ins = vmap.get(var.index) or dmap.get(var.index)
        if not ins:
            break
        var = var.owner.inputs[ins[0]]
    return var


def view_tree(root, clients, through_destroy=False):
    """``root`` and every variable viewing it (iteratively)."""
    out, stack = [], [root]
    seen = set()
    while stack:
        v = stack.pop()
        if id(v) in seen:
            continue
        seen.add(id(v))
        out.append(v)
        for client, _i in clients.get(id(v), ()):
            if client == "output":
                continue
            vmap = dict(getattr(client.op, "view_map", {}))
            if through_destroy:
                vmap.update(getattr(client.op, "destroy_map", {}))
            for o, ins in vmap.items():
                if client.inputs[ins[0]] is v:
                    stack.append(client.outputs[o])
    return out


def is_constant(v):
    return isinstance(v, Constant)


__all__ = ["FunctionGraph", "Apply", "view_root", "view_tree"]
