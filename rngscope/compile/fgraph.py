"""FunctionGraph: the private graph one compiled function owns, edited in place.

It keeps every variable's clients, so a rewrite replaces a variable by
pointing each reader at the new one (names carry over, as in Theano), imports
the nodes that appear and prunes the nodes nobody reads any more.  Listeners
(``on_import``) let a rewrite driver visit new nodes.  ``toposort`` orders
nodes exactly as Theano 1.0.5 does, including the orderings in-place ops
impose (every other reader of a destroyed value runs before its destroyer).
"""
from __future__ import annotations

import weakref
from collections import deque

from rngscope.graph.basic import TheanoNamed, as_string, io_toposort, same_application

__all__ = [
    "FunctionGraph", "graph_of", "view_root", "view_tree",
]

_LIVE = weakref.WeakSet()  # every FunctionGraph still alive (see graph_of)


class FunctionGraph(metaclass=TheanoNamed):
    """Inputs, outputs and the Apply nodes between them, with a client index."""

    def __init__(self, inputs, outputs, protected=()):
        """Import the nodes behind ``outputs`` as Theano does: output after output, each
        one's new nodes in toposort order (which orders every variable's readers)."""
        self.inputs = list(inputs)
        self.outputs = list(outputs)
        _LIVE.add(self)
        self.protected = set(map(id, protected))
        self.clients_of = {}
        self.nodes_by_id = {}
        self.listeners = []
        # Theano's features that watch every edit (compile/merge_constants.py): each has
        # on_import(node), on_prune(node) and on_change_input(node, i, old, new)
        self.features = []
        self.updated = []
        self.n_real = len(self.outputs)
        self.dropped = []  # nodes pruned so far (see release_dropped)
        self.readers = None  # id(var) -> {id(node): node} in DestroyHandler order (track_readers)
        self.version = 0  # counts edits; a rewrite driver compares it to skip settled work
        self.settled = (None, frozenset())  # (version, rules known to change nothing then)
        # id(new) -> (new, [olds]): what each replacement took the place of, so shape
        # inference can keep the shape the replaced variable had (Theano's ShapeFeature)
        self.replaced_from = {}
        self.shapes = ShapeTable()
        # As importing output after output would: each output becomes a client as soon
        # as the nodes behind it are in (so every variable's readers keep that order).
        self._nodes = io_toposort(self.inputs, self.outputs)
        for node in self._nodes:
            self.nodes_by_id[id(node)] = node
            for k, i in enumerate(node.inputs):
                self._add_client(i, node, k)
        for j, out in enumerate(self.outputs):
            self._add_client(out, "output", j)

    def __str__(self):
        """``[output, ...]``, each written out down to the inputs, as Theano prints a graph."""
        return "[%s]" % ", ".join(as_string(self.inputs, self.outputs))

    def _add_ready_outputs(self, pending):
        """Register, in order, the outputs whose nodes are all imported."""
        while pending and (pending[-1][1].owner is None
                           or id(pending[-1][1].owner) in self.nodes_by_id):
            j, out = pending.pop()
            self._add_client(out, "output", j)

    # -- structure ---------------------------------------------------------

    def nodes(self):
        """Apply nodes in Theano's plain (orderless) toposort (cached until the graph changes)."""
        if self._nodes is None:
            self._nodes = io_toposort(self.inputs, self.outputs)
        return list(self._nodes)

    @property
    def apply_nodes(self):
        """Theano's set of the graph's nodes, as a list in ``nodes()`` order (the same on
        every run)."""
        return self.nodes()

    @property
    def variables(self):
        """Theano's set of the graph's variables (inputs, constants, every node's outputs),
        as a list: the inputs, then each node's inputs and outputs not met before, in
        ``nodes()`` order."""
        seen, out = set(), []
        for v in self.inputs:
            seen.add(id(v))
            out.append(v)
        for node in self.nodes():
            for v in list(node.inputs) + list(node.outputs):
                if id(v) not in seen:
                    seen.add(id(v))
                    out.append(v)
        return out

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
        known = self.nodes_by_id
        node = var.owner
        if node is None or id(node) in known:
            return
        for i in node.inputs:
            if i.owner is not None and id(i.owner) not in known:
                new_nodes = _new_nodes(node, known)
                break
        else:
            new_nodes = [node]  # the common case: one new node over known ones
        clients_of = self.clients_of
        for node in new_nodes:
            known[id(node)] = node
            for k, i in enumerate(node.inputs):
                entries = clients_of.get(id(i))
                if entries is None:
                    clients_of[id(i)] = {(id(node), k): (node, k)}
                else:
                    entries[(id(node), k)] = (node, k)
            if self.readers is not None:
                self._register(node)
        features, listeners = self.features, self.listeners
        for node in new_nodes:
            for feature in features:
                feature.on_import(node)
            for listener in listeners:
                listener(node)

    def _prune(self, var):
        """Drop the node behind ``var`` (and its inputs' nodes) when nothing reads it.

        As Theano's FunctionGraph: a pruned node is reported while its inputs still
        count it as a reader, then they lose it one at a time, its last input first
        (each loss may prune further before the next), so a feature counting a
        variable's readers when a node goes sees what Theano's sees."""
        if var.owner is None:
            return  # an input or a constant: nothing to drop
        clients_of, live = self.clients_of, self.nodes_by_id
        stack = [(var, None, 0)]  # (variable, the reader it loses, input index)
        while stack:
            v, reader, k = stack.pop()
            if reader is not None:
                entries = clients_of.get(id(v))
                if entries is not None:
                    entries.pop((id(reader), k), None)
                    if entries:
                        continue
            node = v.owner
            if node is None or id(node) not in live:
                continue
            if _still_read(node.outputs, clients_of):
                continue
            del live[id(node)]
            self.dropped.append(node)
            if self.readers is not None:
                self._unregister(node)
            for feature in self.features:
                feature.on_prune(node)
            stack.extend([(i, node, k) for k, i in enumerate(node.inputs)])

    def release_dropped(self):
        """Unlink the nodes rewrites dropped and the graph no longer holds.

        A node and its outputs point at each other, so every dropped node
        would be a reference cycle left for the cyclic collector; a big
        compile leaves tens of thousands.  Once rewriting is over they are
        private garbage (the graph is a private copy), and emptying their
        output lists lets reference counting free them at once.
        """
        live = self.nodes_by_id
        for node in self.dropped:
            if id(node) not in live:
                for o in node.outputs:
                    o.owner = None
                node.outputs = []
        self.dropped = []

    def change_input(self, node, i, new):
        """Make input ``i`` of ``node`` (or output ``i`` when node is 'output') read ``new``."""
        is_output = node == "output"
        old = self.outputs[i] if is_output else node.inputs[i]
        if old is new:
            return
        self._nodes = None
        self.version += 1
        if new.owner is not None and id(new.owner) not in self.nodes_by_id:
            self._import(new)
        if is_output:
            self.outputs[i] = new
            key = ("output", i)
        else:
            node.inputs[i] = new
            key = (id(node), i)
        clients_of = self.clients_of
        entries = clients_of.get(id(old))
        if entries is not None:
            entries.pop(key, None)
        entries_new = clients_of.get(id(new))
        if entries_new is None:
            entries_new = clients_of[id(new)] = {}
        entries_new[key] = (node, i)
        if self.readers is not None and not is_output:
            if not any(v is old for v in node.inputs):
                self.readers.get(id(old), {}).pop(id(node), None)
            self.readers.setdefault(id(new), {}).setdefault(id(node), node)
        if not entries:
            self._prune(old)
        for feature in self.features:
            feature.on_change_input(node, i, old, new)

    def replace(self, old, new, keep_site=True):
        """Every reader of ``old`` reads ``new`` instead; the name carries over, and so does
        where the script made ``old``'s node, to the nodes the rewrite made for ``new``
        (Theano's local rewrites copy the stack trace to what they build: the Gemv a dot
        becomes, the fused cross-entropy under its negation; a variable of the graph
        returned, as ``x`` for ``x * 1``, keeps its own), or to none when ``keep_site`` is
        False (Theano's fusion, its GemmOptimizer, the Assert local_elemwise_alloc builds:
        such a node raising at run time prints a hint, not a backtrace; recorded)."""
        if old is new:
            return
        if old.name is not None and new.name is None:
            new.name = old.name
        if keep_site and old.owner is not None and "site" in old.owner.tag \
                and new.owner is not None and id(new.owner) not in self.nodes_by_id:
            self._give_site(new, old.owner.tag["site"])
        if getattr(new.type, "ndim", 0) and not (
                old.owner is not None and new.owner is not None
                and same_application(old.owner, new.owner)):
            self.replaced_from.setdefault(id(new), (new, []))[1].append(old)
        self.shapes.replaced(old, new)
        if self.shapes.infer is not None:
            self.shapes.infer(new)
        entries = self.clients_of.get(id(old))
        if entries:
            for node, i in list(entries.values()):
                self.change_input(node, i, new)

    def replace_all(self, pairs, keep_site=True):
        for old, new in pairs:
            self.replace(old, new, keep_site)

    def _give_site(self, new, site):
        """The nodes a replacement brings in (``new``'s and those between it and the graph)
        made where the replaced node was, unless they have a site of their own."""
        stack = [new.owner] if new.owner is not None else []
        seen = set()
        while stack:
            node = stack.pop()
            if id(node) in seen or id(node) in self.nodes_by_id:
                continue
            seen.add(id(node))
            node.tag.setdefault("site", site)
            stack.extend(i.owner for i in node.inputs if i.owner is not None)

    def contains(self, node):
        return id(node) in self.nodes_by_id

    # -- destruction -------------------------------------------------------
    #
    # Theano's DestroyHandler is attached just before the in-place passes; it then
    # registers every node in toposort order, and later each node imported -- an
    # in-place twin replacing a node, an output copy -- as the newest reader of its
    # inputs.  The order of a destroyer's prerequisites follows that registration
    # (and decides ties in the final toposort), so it is kept here the same way.

    def track_readers(self):
        """Start keeping readers in the DestroyHandler's order (idempotent)."""
        if self.readers is None:
            self.readers = {}
            for node in self.nodes():
                self._register(node)

    def _register(self, node):
        for i in node.inputs:
            self.readers.setdefault(id(i), {}).setdefault(id(node), node)

    def _unregister(self, node):
        for i in node.inputs:
            entries = self.readers.get(id(i))
            if entries:
                entries.pop(id(node), None)

    def replaced_in_place(self, node, reverted=False):
        """Theano's bookkeeping of an in-place attempt on ``node`` (whose op the caller has
        swapped, or left alone when the attempt was ``reverted``).

        Theano imports a twin node, moves the readers of each output over to it in
        client order and drops the original; a failed attempt is undone change by
        change, in reverse.  Either way the node ends up the newest reader of its
        inputs, and a reverted attempt leaves its outputs' readers in reverse order.
        """
        if not reverted:
            self._nodes = None
            self.version += 1
        for feature in self.features:  # the twin enters the graph, reverted or not
            feature.on_import(node)
        for k, i in enumerate(node.inputs):
            entries = self.clients_of.get(id(i))
            if entries is not None and (id(node), k) in entries:
                entries[(id(node), k)] = entries.pop((id(node), k))
        for o in node.outputs:
            entries = self.clients_of.get(id(o))
            if reverted and entries:
                self.clients_of[id(o)] = dict(reversed(list(entries.items())))
        if self.readers is None:
            return
        self._unregister(node)
        self._register(node)
        for o in node.outputs:
            order = {}
            for c, _i in self.clients(o):
                if c != "output":
                    order.setdefault(id(c), c)
            self.readers[id(o)] = order

    def orderings(self, nodes=None):
        """node -> nodes that must run first because it destroys what they read: the readers
        of the destroyed value and of its views (views first, breadth first, then the value)."""
        nodes = nodes if nodes is not None else self.nodes()
        order = {}
        for node in nodes:
            dmap = getattr(node.op, "destroy_map", {})
            if not dmap:
                continue
            self.track_readers()
            before = {}
            for _out, ins in dmap.items():
                root = view_root(node.inputs[ins[0]])
                for var in self._impact(root):
                    for reader in self.readers.get(id(var), {}).values():
                        before.setdefault(id(reader), reader)
            before.pop(id(node), None)
            if before:
                order[node] = list(before.values())
        return order

    def _impact(self, root):
        """The views of ``root`` breadth first (each variable's views in registration
        order), then ``root`` itself: Theano's ``impact`` set."""
        views, queue = [], deque([root])
        seen = {id(root)}
        while queue:
            v = queue.popleft()
            for reader in self.readers.get(id(v), {}).values():
                for o, ins in getattr(reader.op, "view_map", {}).items():
                    out = reader.outputs[o]
                    if reader.inputs[ins[0]] is v and id(out) not in seen:
                        seen.add(id(out))
                        views.append(out)
                        queue.append(out)
        return views + [root]

    def toposort(self):
        """Nodes in execution order: ``nodes()`` unless in-place ops add orderings."""
        nodes = self.nodes()
        if len(nodes) < 2:
            return nodes
        orderings = self.orderings(nodes)
        if not orderings:
            return nodes  # io_toposort without orderings is exactly what nodes() holds
        return io_toposort(self.inputs, self.outputs, orderings)


class ShapeTable:
    """Each variable's inferred shape (a tuple of int64 scalar variables), kept while the
    graph is rewritten, as Theano's ShapeFeature keeps its shape_of: the shape graphs a
    rewrite builds are the very variables a later rewrite (or the graph) holds.  When a
    variable is replaced, shapes whose entry it was read the new one, and the new
    variable's own shape is inferred again (keeping the replaced one's where it says
    more)."""

    def __init__(self):
        self.known = {}  # id(var) -> shape
        self._vars = {}  # id(var) -> var, so an id is never reused while known
        self._users = {}  # id(entry) -> {id(var) whose shape holds that entry}
        # infer(var): called for each replacement as it enters (compile/modes.py attach_shapes)
        self.infer = None

    def store(self, var, shape):
        self.known[id(var)] = shape
        self._vars[id(var)] = var
        for entry in shape:
            self._vars.setdefault(id(entry), entry)
            self._users.setdefault(id(entry), set()).add(id(var))

    def replaced(self, old, new):
        self.known.pop(id(new), None)
        users = self._users.pop(id(old), None)
        if not users:
            return
        for uid in users:
            shape = self.known.get(uid)
            if shape is not None:
                self.store(self._vars[uid], tuple(new if e is old else e for e in shape))


def _still_read(outputs, clients_of):
    """Whether any of ``outputs`` has a reader left."""
    for o in outputs:
        if clients_of.get(id(o)):
            return True
    return False


def _new_nodes(node, known):
    """The nodes behind ``node`` the graph lacks, in Theano's (VM stack walk) toposort
    order, as FunctionGraph.__import__ imports them."""
    order, done = [], set()
    todo = [node]
    while todo:
        cur = todo.pop()
        if id(cur) in done or id(cur) in known:
            continue
        for i in cur.inputs:
            owner = i.owner
            if owner is not None and id(owner) not in known and id(owner) not in done:
                todo.append(cur)
                todo.extend([i.owner for i in cur.inputs if i.owner is not None])
                break
        else:
            done.add(id(cur))
            order.append(cur)
    return order


class _ClientView:
    """Read-only mapping id(var) -> list of (node or 'output', index)."""

    def __init__(self, index):
        self._index = index

    def get(self, key, default=()):
        entries = self._index.get(key)
        return list(entries.values()) if entries else default


def graph_of(var):
    """The live FunctionGraph whose nodes include ``var``'s owner (Theano's ``var.fgraph``),
    or None: a compiled function's variable taken out of it still knows its readers."""
    node = var.owner
    if node is None:
        return None
    for fg in list(_LIVE):
        if fg.nodes_by_id.get(id(node)) is node:
            return fg
    return None


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
