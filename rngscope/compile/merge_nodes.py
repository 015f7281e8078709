"""Which of two equal nodes a merge keeps: Theano 1.0.5's MergeFeature and MergeOptimizer,
their node half.

Theano does not merge by walking the graph and folding each node into the first equal
one met.  It first looks at every node, inputs first: a node with a twin already *seen*
(same op, the very same inputs) is *scheduled* to become that twin and is not seen
itself.  Only literal twins are found then, as no input is merged yet.  The merge then
carries out the schedule newest first (a stack); each replacement makes the readers of
the replaced node read its twin, and a reader that was seen is looked at again at once:
a twin found then is scheduled on top of the stack, so merging works its way from the
outputs down and back up.  Where two equal nodes are found only through merged inputs,
the one kept is the one seen first, which need not be the first in order: a gradient's
recomputed ``sigmoid`` reading a copy of the gate that is merged away becomes the step's
``sigmoid`` reading the gate kept.

The twin looked for is among the seen readers of the node's first or last input (the one
with fewer readers), in their order; nodes without inputs are compared with every seen
one.  A scheduled node whose twin has left the graph by the time it is merged, or whose
inputs no longer match, stays apart, and is not looked at again.
"""
from __future__ import annotations

__all__ = ["merge_nodes"]


class NodeMerge:
    """The seen nodes and the schedule of one merge (a fresh feature, attached now)."""

    def __init__(self, fg, skip):
        self.fg = fg
        self.skip = skip  # ids of nodes the merge leaves alone (compile/merge_window.py)
        self.seen = {}  # id(node) -> node
        # the seen nodes by their inputs' ids, in the order seen: the readers of an input
        # Theano scans for a twin, found without scanning them (a constant read by 10,000
        # DimShuffles made that scan quadratic)
        self.by_inputs = {}  # tuple of input ids -> {id(node): node}
        self.key_of = {}  # id(node) -> its key in by_inputs
        self.scheduled = []  # lists of (node, twin): a node and its twins, in order

    def look_at(self, node):
        """Schedule ``node`` to become the twins it has among the seen nodes, or see it."""
        if id(node) in self.seen or id(node) in self.skip:
            return
        key = tuple(map(id, node.inputs))
        group = self.by_inputs.get(key, {})
        twins = [c for c in group.values() if c is not node and c.op == node.op
                 and all(a is b for a, b in zip(node.inputs, c.inputs))]
        if len(twins) > 1 and node.inputs:
            twins.sort(key=self._reader_order(node))
        if twins:
            for twin in twins:  # the name carries over now, whether or not the merge happens
                for o, n in zip(node.outputs, twin.outputs):
                    if o.name:
                        n.name = o.name
            self.scheduled.append([(node, twin) for twin in twins])
        else:
            self.seen[id(node)] = node
            self.key_of[id(node)] = key
            self.by_inputs.setdefault(key, {})[id(node)] = node

    def _reader_order(self, node):
        """{node id: position} over the readers of the input Theano looks among: the first or
        the last, whichever has fewer readers (the order of its twins)."""
        fg = self.fg
        first, last = node.inputs[0], node.inputs[-1]
        var = first if len(fg.clients_of.get(id(first), ())) < len(
            fg.clients_of.get(id(last), ())) else last
        order = {}
        for c, _i in fg.clients(var):
            if c != "output":
                order.setdefault(id(c), len(order))
        return lambda c: order[id(c)]

    def _unsee(self, node):
        """Forget a seen node; whether it was seen."""
        if self.seen.pop(id(node), None) is None:
            return False
        key = self.key_of.pop(id(node))
        group = self.by_inputs[key]
        del group[id(node)]
        if not group:
            del self.by_inputs[key]
        return True

    # the feature's hooks (FunctionGraph calls them on every edit)
    def on_import(self, node):
        self.look_at(node)

    def on_prune(self, node):
        self._unsee(node)

    def on_change_input(self, node, i, old, new):
        if node != "output" and self._unsee(node):
            self.look_at(node)

    def run(self, refuse):
        """Carry out the schedule, newest first; ``refuse(a, b)`` vetoes merging outputs
        ``a`` into ``b`` (Theano's destroy handler), and the next twin is tried."""
        fg, live = self.fg, self.fg.nodes_by_id
        while self.scheduled:
            for node, twin in self.scheduled.pop():
                if id(node) not in live or id(twin) not in live:
                    continue
                if not all(a is b for a, b in zip(node.inputs, twin.inputs)):
                    continue
                if refuse(node.outputs[0], twin.outputs[0]):
                    continue
                for o, n in zip(node.outputs, twin.outputs):
                    fg.replace(o, n)
                break


def merge_nodes(fg, nodes, skip, refuse):
    """Merge equal nodes of ``fg`` as Theano's merge does, looking at ``nodes`` (the graph
    in order) first."""
    feature = NodeMerge(fg, skip)
    for node in nodes:
        feature.look_at(node)
    fg.features.append(feature)
    try:
        feature.run(refuse)
    finally:
        fg.features.remove(feature)
