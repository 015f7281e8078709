"""Which equal constants a merge makes one: Theano 1.0.5's MergeFeature, its constant half.

Theano does not merge equal constants by looking at the whole graph.  From the first
merge on, a feature watches the graph: a constant met (a node reading it enters, or an
input is changed to it) is either *kept* (the first of its value) or *scheduled* to
become the kept one; a merge carries out the schedule, newest first.  A scheduled
constant is merged only if both it and the kept one are still read when the merge
runs; one whose kept constant left the graph in between is skipped, and since it was
never kept itself, nothing is ever scheduled into it: two equal constants stay apart
for good (recorded with Theano 1.0.5: canonicalize's add canonizer brings a fresh
``1`` into ``1 + n`` while the old ``add`` holding the kept ``1`` is dropped).

A kept constant is forgotten when a node reading it is pruned while that node is its
only reader: Theano counts readers as (node, input) entries, so a node reading it
twice, or a reader pruned while another pruned one still holds its entry, leaves it
kept although it left the graph.  FunctionGraph prunes and reports in Theano's order
(``fgraph.py``), so the count is the same.
"""
from __future__ import annotations

from rngscope.graph.basic import Constant

__all__ = ["ConstantMerge", "constant_merge"]


class ConstantMerge:
    """The kept constant of each value and the constants scheduled to become one."""

    def __init__(self, fg):
        self.fg = fg
        self.kept = {}  # signature -> the constant kept for it
        self.signature_of = {}  # id(kept constant) -> (constant, signature)
        self.scheduled = []  # (constant, the kept constant it is to become), oldest first
        for node in fg.toposort():
            self.on_import(node)

    def on_import(self, node):
        for v in node.inputs:
            if isinstance(v, Constant) and id(v) not in self.signature_of:
                self.met(v)

    def on_change_input(self, node, i, old, new):
        if isinstance(new, Constant) and id(new) not in self.signature_of:
            self.met(new)

    def on_prune(self, node):
        """Called before the pruned node's inputs lose it as a reader."""
        clients = self.fg.clients_of
        for v in node.inputs:
            if isinstance(v, Constant) and len(clients.get(id(v)) or ()) <= 1:
                entry = self.signature_of.pop(id(v), None)
                if entry is not None:
                    self.kept.pop(entry[1], None)

    def met(self, c):
        if id(c) in self.signature_of:
            return
        sig = c.signature()
        kept = self.kept.get(sig)
        if kept is None:
            self.kept[sig] = c
            self.signature_of[id(c)] = (c, sig)
            return
        if c.name:
            kept.name = c.name  # Theano keeps the last name, even when the merge is skipped
        self.scheduled.append((c, kept))

    def apply(self):
        """Carry out the schedule, newest first; the nodes whose inputs changed, in order."""
        fg = self.fg
        rewired = []
        while self.scheduled:
            c, kept = self.scheduled.pop()
            if not fg.clients_of.get(id(c)) or not fg.clients_of.get(id(kept)):
                continue  # one of them left the graph: skipped, for good
            rewired.extend(node for node, _i in fg.clients(c) if node != "output")
            fg.replace(c, kept)
        return rewired


def constant_merge(fg):
    """``fg``'s ConstantMerge, attached (meeting every constant the graph reads, inputs
    first) the first time a merge asks for it, as Theano's MergeOptimizer attaches its
    feature."""
    feature = getattr(fg, "constant_merge", None)
    if feature is None:
        feature = fg.constant_merge = ConstantMerge(fg)
        fg.features.append(feature)
    return feature
