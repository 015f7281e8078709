"""FunctionGraph: the private graph one compiled function owns, edited in place.

It keeps every variable's clients, so a rewrite replaces a variable by
pointing each reader at the new one (names carry over, as in Theano), imports
the nodes that appear and prunes the nodes nobody reads any more.  Listeners
(``on_import``) let a rewrite driver visit new nodes.  ``toposort`` orders
nodes exactly as Theano 1.0.5 does, including the orderings in-place ops
impose (every other reader of a destroyed value runs before its destroyer).
"""
from __future__ import annotations

from rngscope.graph.basic import io_toposort, nodes_between


class FunctionGraph:
    """Inputs, outputs and the Apply nodes between them, with a client index."""

    def __init__(self, inputs, outputs, protected=(), nodes=None):
        """``nodes``, when given, are all the Apply nodes behind ``outputs`` in
        ``nodes_between`` order (what ``clone_graph_nodes`` returns): no walk needed."""
        self.inputs = list(inputs)
        self.outputs = list(outputs)
        self.protected = set(map(id, protected))
        self.clients_of = {}
        self.apply_nodes = {}
        self.listeners = []
        self.updated = []
        self.n_real = len(self.outputs)
        self._nodes = None
        self.dropped = []  # nodes pruned so far (see release_dropped)
        self.version = 0  # counts edits; a rewrite driver compares it to skip settled work
        self.settled = (None, frozenset())  # (version, rules known to change nothing then)
        # As importing output after output would: each output becomes a client
        # once the nodes behind it are in (so every variable's readers keep that order).
        clients, known, outs = self.clients_of, self.apply_nodes, self.outputs
        j = 0
        for node in [None] + (nodes_between((), outs) if nodes is None else nodes):
            if node is not None:
                known[id(node)] = node
                for k, i in enumerate(node.inputs):
                    entries = clients.get(id(i))
                    if entries is None:
                        entries = clients[id(i)] = {}
                    entries[(id(node), k)] = (node, k)
            while j < len(outs) and (outs[j].owner is None or id(outs[j].owner) in known):
                self._add_client(outs[j], "output", j)
                j += 1

    # -- structure ---------------------------------------------------------

    def nodes(self):
        """Apply nodes in Theano's plain (orderless) toposort (cached until the graph changes)."""
        if self._nodes is None:
            self._nodes = io_toposort(self.inputs, self.outputs)
        return list(self._nodes)

    def clients(self, var=None):
        """Readers of ``var`` as (node or 'output', input index); with no argument, the index."""
        if var is None:
            return _ClientView(self.clients_of)
        entries = self.clients_of.get(id(var))
        return list(entries.values()) if entries else []

    def _add_client(self, var, node, i):
        key = ("output" if node == "output" else id(node), i)
        self.clients_of.setdefault(id(var), {})[key] = (node, i)

    def _remove_client(self, var, node, i):
        entries = self.clients_of.get(id(var))
        if entries is not None:
            entries.pop(("output" if node == "output" else id(node), i), None)
        return bool(entries)

    def n_clients(self, var):
        """How many distinct consumers (nodes, or the outputs) read ``var``."""
        entries = self.clients_of.get(id(var))
        if not entries:
            return 0
        if len(entries) == 1:
            return 1
        seen = []
        for c, _i in entries.values():
            if not any(c is s for s in seen):
                seen.append(c)
        return len(seen)

    def _import(self, var):
        """Add the nodes behind ``var`` that the graph does not hold yet (in toposort order)."""
        known = self.apply_nodes
        node = var.owner
        if node is None or id(node) in known:
            return
        if all(i.owner is None or id(i.owner) in known for i in node.inputs):
            new_nodes = [node]  # the common case: one new node over known ones
        else:
            new_nodes = nodes_between((), [var], known=known)
        for node in new_nodes:
            self.apply_nodes[id(node)] = node
            for k, i in enumerate(node.inputs):
                self._add_client(i, node, k)
        for node in new_nodes:
            for listener in self.listeners:
                listener(node)

    def _prune(self, var):
        """Drop the node behind ``var`` (and its inputs' nodes) when nothing reads it."""
        stack = [var]
        while stack:
            v = stack.pop()
            node = v.owner
            if node is None or id(node) not in self.apply_nodes:
                continue
            if any(self.clients_of.get(id(o)) for o in node.outputs):
                continue
            del self.apply_nodes[id(node)]
            self.dropped.append(node)
            for k, i in enumerate(node.inputs):
                if not self._remove_client(i, node, k):
                    stack.append(i)

    def release_dropped(self):
        """Unlink the nodes rewrites dropped and the graph no longer holds.

        A node and its outputs point at each other, so every dropped node
        would be a reference cycle left for the cyclic collector; a big
        compile leaves tens of thousands.  Once rewriting is over they are
        private garbage (the graph is a private copy), and emptying their
        output lists lets reference counting free them at once.
        """
        live = self.apply_nodes
        for node in self.dropped:
            if id(node) not in live:
                for o in node.outputs:
                    o.owner = None
                node.outputs = []
        self.dropped = []

    def change_input(self, node, i, new):
        """Make input ``i`` of ``node`` (or output ``i`` when node is 'output') read ``new``."""
        old = self.outputs[i] if node == "output" else node.inputs[i]
        if old is new:
            return
        self._nodes = None
        self.version += 1
        if new.owner is not None and id(new.owner) not in self.apply_nodes:
            self._import(new)
        if node == "output":
            self.outputs[i] = new
        else:
            node.inputs[i] = new
        still_read = self._remove_client(old, node, i)
        self._add_client(new, node, i)
        if not still_read:
            self._prune(old)

    def replace(self, old, new):
        """Every reader of ``old`` reads ``new`` instead; the name carries over."""
        if old is new:
            return
        if old.name is not None and new.name is None:
            new.name = old.name
        for node, i in self.clients(old):
            self.change_input(node, i, new)

    def replace_all(self, pairs):
        for old, new in pairs:
            self.replace(old, new)

    def contains(self, node):
        return id(node) in self.apply_nodes

    # -- destruction -------------------------------------------------------

    def orderings(self, nodes=None):
        """node -> nodes that must run first because it destroys what they read."""
        nodes = nodes if nodes is not None else self.nodes()
        position = {id(n): k for k, n in enumerate(nodes)}
        order = {}
        for node in nodes:
            dmap = getattr(node.op, "destroy_map", {})
            if not dmap:
                continue
            before = []
            for _out, ins in sorted(dmap.items()):
                root = view_root(node.inputs[ins[0]])
                for var in view_tree(root, self.clients()):
                    for client, _i in self.clients(var):
                        if client == "output" or client is node:
                            continue
                        if not any(client is b for b in before):
                            before.append(client)
            before.sort(key=lambda n: position.get(id(n), -1))
            if before:
                order[node] = before
        return order

    def toposort(self):
        """Nodes in execution order: ``nodes()`` unless in-place ops add orderings."""
        nodes = self.nodes()
        if len(nodes) < 2:
            return nodes
        orderings = self.orderings(nodes)
        if not orderings:
            return nodes  # io_toposort without orderings is exactly what nodes() holds
        return io_toposort(self.inputs, self.outputs, orderings)


class _ClientView:
    """Read-only mapping id(var) -> list of (node or 'output', index)."""

    def __init__(self, index):
        self._index = index

    def get(self, key, default=()):
        entries = self._index.get(key)
        return list(entries.values()) if entries else default


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
