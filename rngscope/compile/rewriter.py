"""The rewrite driver: apply local rewrites until nothing changes.

A local rewrite is a function ``rule(node, ctx) -> list of new outputs | None``.
Like Theano's EquilibriumOptimizer, the driver visits nodes from the outputs
towards the inputs (reverse topological order), offers each node to every
rule in turn, replaces the node's outputs in the graph at once, and visits
the nodes a replacement brings in next.  It repeats until a whole pass
changes nothing.  Everything is iterative.
"""
from __future__ import annotations

from rngscope.compile.merge_constants import constant_merge
from rngscope.compile.merge_nodes import merge_nodes
from rngscope.compile.merge_window import stuck_nodes
from rngscope.compile.shapes import infer_shape, shape_inputs
from rngscope.compile.vocabulary import dispatch_key, offered, tier
from rngscope.graph.basic import Constant
from rngscope.tensor.shape_ops import Shape_i, rebroadcast

__all__ = [
    "Context", "converted", "equilibrium", "in_to_out", "merge", "sweeps", "transfer_names",
]


def converted(old, new):
    """``new`` as a replacement of ``old``: itself when of ``old``'s type, ``new`` with
    ``old``'s broadcastable pattern when it only knows more axes of length 1, else None
    (Theano's fgraph.replace converts a replacement so: TensorType.convert_variable)."""
    if new.type == old.type:
        return new
    if (getattr(new.type, "dtype", None) == getattr(old.type, "dtype", None)
            and getattr(new.type, "ndim", None) == getattr(old.type, "ndim", None)
            and all(o == n or n for o, n in zip(old.broadcastable, new.broadcastable))):
        return rebroadcast(new, list(enumerate(old.broadcastable)))
    return None


class Context:
    """What a rule may ask about the graph: live clients and inferred shapes."""

    def __init__(self, fg):
        self.fg = fg
        self._shapes = fg.shapes.known  # kept for the graph's life, as Theano's ShapeFeature
        self.clients = fg.clients  # readers of a variable: [(node or 'output', index)]
        self.n_clients = fg.n_clients  # how many distinct readers

    def is_output(self, var):
        return any(c == "output" for c, _i in self.fg.clients(var))

    def changed(self):
        """A replacement happened (the graph's shape table followed it as it was made)."""

    def shape_of(self, var):
        """A tuple of int64 scalar variables giving ``var``'s shape (constants when known).

        A variable that replaced others keeps, dimension by dimension, the shape they
        had where that says more (Theano's ShapeFeature.update_shape): ``y - dot(h, v)``
        rewritten to a Gemv on ``y`` still has the rows of ``h``."""
        replaced = self.fg.replaced_from
        stack = [var]
        asked = set()  # variables whose olds were asked for: a replacement undone is a cycle
        while stack:
            v = stack[-1]
            if id(v) in self._shapes:
                stack.pop()
                continue
            needed = [i for i in shape_inputs(v) if id(i) not in self._shapes]
            if id(v) not in asked:
                asked.add(id(v))
                needed += [o for o in replaced.get(id(v), (None, ()))[1]
                           if id(o) not in self._shapes and id(o) not in asked]
            if needed:
                stack.extend(needed)
                continue
            stack.pop()
            shape = infer_shape(v, self._shapes)
            for old in replaced.get(id(v), (None, ()))[1]:
                if id(old) in self._shapes:
                    shape = _merged_shape(v, shape, old, self._shapes[id(old)], self._inputs())
            self.fg.shapes.store(v, shape)
        return self._shapes[id(var)]

    def same_dim(self, a, b):
        """Whether two shape entries are the same size for sure (one graph)."""
        return _same_graph(a, b)

    def _inputs(self):
        ids = getattr(self, "_input_ids", None)
        if ids is None:
            ids = self._input_ids = set(map(id, self.fg.inputs))
        return ids


def _merged_shape(r, r_shape, other_r, other_shape, inputs):
    """``r``'s shape after it replaced ``other_r``: Theano's preference, dimension by
    dimension, for the shape ``other_r`` had, unless that one says nothing (its own
    Shape_i), the new one is a constant, the two agree, or the old one is built on
    the new one; a remembered dimension that reads a variable the graph may since have
    dropped is not kept."""
    if len(other_shape) != len(r_shape):
        return r_shape
    merged = []
    for i, (mine, theirs) in enumerate(zip(r_shape, other_shape)):
        owner = theirs.owner
        if (owner is not None and isinstance(owner.op, Shape_i) and owner.op.i == i
                and owner.inputs[0] in (r, other_r)):
            merged.append(mine)
        elif isinstance(mine, Constant):
            merged.append(mine)
        elif isinstance(theirs, Constant):
            merged.append(theirs)
        elif _same_graph(mine, theirs) or _builds_on(theirs, mine) or not _stable(theirs, inputs):
            merged.append(mine)
        else:
            merged.append(theirs)
    return tuple(merged)


def _signature(v, table=None, memo=None):
    """A structural key of a small shape graph (ops and leaves): an int, equal for equal
    graphs read with the same ``table`` (each distinct structure numbered once, so
    shared subgraphs cost nothing)."""
    table = {} if table is None else table
    memo = {} if memo is None else memo
    stack = [v]
    while stack:
        x = stack[-1]
        if id(x) in memo:
            stack.pop()
            continue
        if x.owner is None:
            key = ("c", x.signature()) if isinstance(x, Constant) else ("v", id(x))
            memo[id(x)] = table.setdefault(key, len(table))
            stack.pop()
            continue
        todo = [i for i in x.owner.inputs if id(i) not in memo]
        if todo:
            stack.extend(todo)
            continue
        stack.pop()
        key = (x.owner.op, x.index, tuple(memo[id(i)] for i in x.owner.inputs))
        memo[id(x)] = table.setdefault(key, len(table))
    return memo[id(v)]


def _same_graph(a, b):
    if a is b:
        return True
    table = {}
    return _signature(a, table) == _signature(b, table)


def _builds_on(big, small):
    """Whether ``small`` (structurally) is among ``big``'s ancestors."""
    table, memo = {}, {}
    key = _signature(small, table, memo)
    stack, seen = [big], set()
    while stack:
        x = stack.pop()
        if id(x) in seen:
            continue
        seen.add(id(x))
        if _signature(x, table, memo) == key:
            return True
        if x.owner is not None:
            stack.extend(x.owner.inputs)
    return False


def _stable(dim, inputs):
    """Whether a shape graph reads only constants and the graph's inputs (through
    Shape_i, integer arithmetic and comparisons: a reshape's eq(size, -1) switch), so it
    stays valid whatever the rewrites drop.  Each variable is read once: a slice length's
    switch(lt(i, 0), i + n, i) graphs share their terms, and a walk of every path took
    minutes for a second-order gradient through scan."""
    stack, seen = [dim], set()
    while stack:
        x = stack.pop()
        if id(x) in seen:
            continue
        seen.add(id(x))
        if x.owner is None:
            if not isinstance(x, Constant) and id(x) not in inputs:
                return False
            continue
        if isinstance(x.owner.op, Shape_i):
            src = x.owner.inputs[0]
            if src.owner is not None or (not isinstance(src, Constant) and id(src) not in inputs):
                return False
            continue
        if not str(x.dtype).startswith(("int", "uint", "bool")):  # sizes and their tests
            return False
        stack.extend(x.owner.inputs)
    return True


def _dispatch(rules):
    """op -> the rules that may apply to it (a rule's ``ops`` and ``families`` name them)."""
    table = {}

    by_op = {}  # id(op) -> (op, rules): ops hash slowly; holding op keeps its id unique

    def for_op(op):
        entry = by_op.get(id(op))
        if entry is None:
            key = dispatch_key(op)
            found = table.get(key)
            if found is None:
                found = table[key] = tuple(sorted((r for r in rules if offered(r, key)), key=tier))
            entry = by_op[id(op)] = (op, found)
        return entry[1]

    return for_op


def _idle(fg, rules, rules_for):
    """True when a pass of ``rules`` over ``fg`` is sure to change nothing.

    A rule is settled when an earlier equilibrium ended with a pass in which it
    changed nothing and the graph has not been edited since; every other rule
    must be offered no node (and, when it ``needs`` an op, find none in the
    graph).  Rules are functions of the graph alone, so such a pass would be
    a no-op: skipping it gives the same graph.
    """
    version, settled = fg.settled
    fresh = {r for r in rules if version != fg.version or r not in settled}
    if not fresh:
        return True
    distinct = {}  # dispatch key -> one op with that key
    for node in fg.nodes():
        distinct.setdefault(dispatch_key(node.op), node.op)
    present = tuple({cls for cls, _family in distinct})
    for op in distinct.values():
        for rule in rules_for(op):
            if rule in fresh and _may_fire(rule, present):
                return False
    return True


def _may_fire(rule, present):
    """Whether ``rule`` may fire in a graph whose op classes are ``present``: a rule that
    ``needs`` an op (gemm needs a Dot22) cannot fire without one."""
    needs = getattr(rule, "needs", None)
    return needs is None or any(issubclass(c, needs) for c in present)


def _settle(fg, rules):
    """Record that ``rules`` change nothing in ``fg`` as it is now."""
    version, settled = fg.settled
    fg.settled = (fg.version, (settled if version == fg.version else frozenset()) | set(rules))


class _MergeCleanup:
    """Theano's merge as an equilibrium's clean-up: after each replacement, the constants
    scheduled meanwhile are merged (compile/merge_constants.py), and the nodes it brought
    in (and the readers it rewired) are merged with an equal node already there.
    Incremental: nodes are indexed by their inputs once, so each candidate costs a
    dictionary lookup."""

    def __init__(self, fg):
        self.fg = fg
        self.constants = constant_merge(fg)
        self.by_inputs = by_inputs = {}  # tuple of input ids -> nodes reading exactly those
        for node in fg.nodes():
            key = tuple(map(id, node.inputs))
            same = by_inputs.get(key)
            if same is None:
                by_inputs[key] = [node]
            else:
                same.append(node)
        self.pending = []
        self.twins = {}  # id(new node) -> the equal node there when it was imported

    def imported(self, node):
        """Theano's MergeFeature looks for an equal node when ``node`` is imported, while
        the nodes the replacement is about to drop are still there; the merge it schedules
        then brings such a dropped twin back (and the equilibrium visits it again)."""
        self.pending.append(node)
        same = self.by_inputs.get(tuple(map(id, node.inputs)))
        if same:
            twin = _equal_live(same, node, self.fg.nodes_by_id)
            if twin is not None:
                self.twins[id(node)] = twin

    def rewired(self, var):
        self.pending.extend(c for c, _i in self.fg.clients(var) if c != "output")

    def run(self):
        fg, live = self.fg, self.fg.nodes_by_id
        by_inputs, twins = self.by_inputs, self.twins
        pending, k = self.pending, 0
        pending.extend(self.constants.apply())
        while k < len(pending):
            node = pending[k]
            k += 1
            if id(node) not in live:
                continue
            key = tuple(map(id, node.inputs))
            same = by_inputs.get(key)
            if same is None:
                same = by_inputs[key] = []
            other = _equal_live(same, node, live) if same else None
            if other is None and twins:
                twin = twins.get(id(node))
                if twin is not None and tuple(map(id, twin.inputs)) == key:
                    other = twin
            if other is None:
                if not any(o is node for o in same):
                    same.append(node)
                continue
            for o, n in zip(node.outputs, other.outputs):
                if o.name is not None:
                    n.name = o.name
                readers = fg.clients_of.get(id(o))
                if readers:
                    pending.extend([c for c, _i in readers.values() if c != "output"])
                fg.replace(o, n)
        self.pending = []
        self.twins = {}


def _equal_live(candidates, node, live):
    """The first of ``candidates`` (nodes reading ``node``'s inputs) other than ``node``,
    still in the graph, with an equal op; None if there is none."""
    op = node.op
    for o in candidates:
        if o is not node and id(o) in live and o.op == op:
            return o
    return None


def equilibrium(fg, rules, max_passes=100, cleanup=False, new_trees=True):
    """Apply ``rules`` until a fixed point; True if anything changed.  With ``cleanup``,
    equal nodes and constants are merged after every replacement (Theano's canonicalize
    runs its merge so).  With ``new_trees=False`` the nodes a replacement brings in wait
    for the next pass (Theano's EquilibriumDB default, ignore_newtrees: only its
    canonicalize visits them at once).

    A rule marked ``final`` (constant folding) is not offered nodes during a pass: as
    Theano's final optimizers, it runs once over the graph, inputs first, after each
    pass of the others (so ``-0.0 + 0`` is first simplified by the canonizer, not
    folded to ``0.0``)."""
    ctx = Context(fg)
    local = tuple(r for r in rules if not getattr(r, "final", False))
    final = tuple(r for r in rules if getattr(r, "final", False))
    rules_for = _dispatch(local)
    changed_any = False
    if _idle(fg, rules, _dispatch(rules)):
        _settle(fg, rules)
        return False
    live = fg.nodes_by_id  # id(node) -> node, for the nodes still in the graph
    for _ in range(max_passes):
        queue = fg.nodes()  # popped from the end: outputs first
        current = [None]

        merger = _MergeCleanup(fg) if cleanup else None

        def on_import(node):
            if new_trees and node is not current[0]:
                queue.append(node)
            if merger is not None:
                merger.imported(node)

        fg.listeners.append(on_import)
        changed = False
        try:
            while queue:
                node = queue.pop()
                if id(node) not in live:
                    continue
                current[0] = node
                for rule in rules_for(node.op):
                    result = rule(node, ctx)
                    if result is None:
                        continue
                    pairs = [(o, n) for o, n in zip(node.outputs, result) if o is not n]
                    if not pairs:
                        continue
                    fg.replace_all(pairs, getattr(rule, "keeps_site", True))
                    if merger is not None:
                        for _o, n in pairs:
                            merger.rewired(n)
                        merger.run()
                    ctx.changed()
                    changed = True
                    if id(node) not in live:
                        break
        finally:
            fg.listeners.remove(on_import)
        # Theano's merge feature queues a folded constant's readers as folding makes them,
        # so of two nodes folding makes equal, the one folded first is kept
        folds = _MergeCleanup(fg) if final and cleanup else None
        if final and in_to_out(fg, final, folds.rewired if folds is not None else None):
            ctx.changed()
            changed = True
            if cleanup:
                folds.run()
                merge(fg)
        changed_any |= changed
        if not changed:
            _settle(fg, rules)
            break
    return changed_any


def in_to_out(fg, rules, on_replace=None):
    """One pass of ``rules`` over ``fg``, inputs first (Theano's TopoOptimizer over a
    LocalOptGroup that applies all its rules): a node's replacement is offered the rules
    again until none fires; the nodes a replacement brings in are not visited.
    ``on_replace(new)`` is called after each replacement."""
    ctx = Context(fg)
    rules_for = _dispatch(rules)
    live = fg.nodes_by_id
    changed = False
    for node in fg.nodes():
        while node is not None and id(node) in live:
            for rule in rules_for(node.op):
                result = rule(node, ctx)
                if result is None:
                    continue
                pairs = [(o, n) for o, n in zip(node.outputs, result) if o is not n]
                if pairs:
                    break
            else:
                break
            fg.replace_all(pairs, getattr(rule, "keeps_site", True))
            if on_replace is not None:
                for _o, n in pairs:
                    on_replace(n)
            ctx.changed()
            changed = True
            node = pairs[0][1].owner if len(pairs) == 1 else None
    return changed


def sweeps(fg, rules):
    """Sweeps of ``rules`` over ``fg``, outputs first, until one changes nothing (Theano's
    GemmOptimizer): the nodes a replacement brings in wait for the end of the sweep, and
    a node's replacement is not offered the rules again in it.  A rule that ``needs`` an op
    the graph lacks is not offered any node (gemm on a chain without a dot would read each
    add's whole tree of terms: quadratic in the chain's length)."""
    ctx = Context(fg)
    live = fg.nodes_by_id
    changed_any = False
    changed = True
    while changed:
        changed = False
        present = {type(node.op) for node in live.values()}
        active = [r for r in rules if _may_fire(r, present)]
        if not active:
            break
        rules_for = _dispatch(active)
        todo = fg.nodes()
        todo.reverse()
        current = [None]

        def on_import(node):
            if node is not current[0]:
                todo.append(node)

        fg.listeners.append(on_import)
        try:
            k = 0
            while k < len(todo):
                node = todo[k]
                k += 1
                if id(node) not in live:
                    continue
                current[0] = node
                for rule in rules_for(node.op):
                    result = rule(node, ctx)
                    pairs = [] if result is None else [
                        (o, n) for o, n in zip(node.outputs, result) if o is not n]
                    if pairs:
                        fg.replace_all(pairs, getattr(rule, "keeps_site", True))
                        ctx.changed()
                        changed = changed_any = True
                        break
        finally:
            fg.listeners.remove(on_import)
    return changed_any


def merge(fg):
    """Merge the equal constants Theano's merge would (compile/merge_constants.py), then
    equal nodes (same op, same inputs) into one."""
    constant_merge(fg).apply()
    nodes = fg.nodes()
    # Swapping equal constants moves no Apply node, so ``nodes`` is still in order.
    stuck = stuck_nodes(fg)  # Theano's merge skips these (compile/merge_window.py)
    in_place = any(getattr(node.op, "destroy_map", None) for node in nodes)

    def refuse(a, b):
        return in_place and (_destroyed_twice(fg, a, b) or _breaks_order(fg, a, b))

    merge_nodes(fg, nodes, stuck, refuse)


def _destroyed_twice(fg, a, b):
    """Whether more than one in-place op overwrites ``a`` or ``b``: Theano's merge leaves
    such twins apart (one value cannot be overwritten twice).  Merges after the in-place
    passes meet them: equal constants merged late make equal nodes of nodes apart till
    then."""
    count = 0
    for c, i in fg.clients(a) + fg.clients(b):
        if c != "output" and any(i in ins for ins in getattr(c.op, "destroy_map", {}).values()):
            count += 1
    return count > 1


def _breaks_order(fg, a, b):
    """Whether merging ``a`` and ``b`` would ask a node to read a value after an in-place op
    overwrote it: one of them is overwritten and a reader of the other (or of a view of
    it) depends on the op that overwrites.  Theano's merge validates with its destroy
    handler, which finds the cycle and leaves the two apart (a buffer the in-place pass
    allocated afresh for a loop stays its own)."""
    for x, y in ((a, b), (b, a)):
        destroyers = [c for c, i in fg.clients(x) if c != "output"
                      and any(i in ins for ins in getattr(c.op, "destroy_map", {}).values())]
        if not destroyers:
            continue
        readers, views = set(), [y]
        while views:
            v = views.pop()
            for c, i in fg.clients(v):
                if c == "output" or id(c) in readers:
                    continue
                readers.add(id(c))
                for o, ins in getattr(c.op, "view_map", {}).items():
                    if i in ins:
                        views.append(c.outputs[o])
        for d in destroyers:
            seen, stack = set(), list(d.outputs)
            while stack:
                v = stack.pop()
                for c, _i in fg.clients(v):
                    if c == "output" or id(c) in seen:
                        continue
                    if id(c) in readers:
                        return True
                    seen.add(id(c))
                    stack.extend(c.outputs)
    return False


def transfer_names(old_outputs, new_outputs):
    for o, n in zip(old_outputs, new_outputs):
        if o.name is not None and n.name is None:
            n.name = o.name
