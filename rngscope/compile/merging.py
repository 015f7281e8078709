"""Which equal constants a merge makes one: Theano's MergeFeature, for constants.

Theano keeps one MergeFeature on a graph from its first merge to the end of the
compile.  A constant is *known* for its signature (type and value) when it is
the first the feature meets with it; a later equal constant is *scheduled* to
become the known one, and every merge applies the schedule, last scheduled
first.  The feature hears of constants when a node reading them comes into the
graph and when a node's input is changed to one.  When the last reader of a
known constant leaves the graph, the constant is forgotten; a constant
scheduled to become it then stays as it is (the schedule skips a pair whose
constant left the graph), and is not scheduled again unless a new node reads it.
So two equal constants can outlive every merge, and a compiled graph shows
them with two ids: rngscope keeps them apart exactly when Theano does.
"""
from __future__ import annotations

from rngscope.graph.basic import Constant

__all__ = ["ConstantMerge", "constant_merge"]


class ConstantMerge:
    """The constants of ``fg`` known by signature, and the merges scheduled among them."""

    def __init__(self, fg):
        self.fg = fg
        self.sig_of = {}  # id(known constant) -> its signature
        self.by_sig = {}  # signature -> the known constant
        self.signatures = {}  # id(constant) -> (constant, signature): hashed once
        self.scheduled = []  # (constant, the known constant it is to become)
        for node in fg.toposort():
            self.imported(node)

    def _signature(self, c):
        entry = self.signatures.get(id(c))
        if entry is None or entry[0] is not c:
            entry = self.signatures[id(c)] = (c, c.signature())
        return entry[1]

    def imported(self, node):
        for v in node.inputs:
            if isinstance(v, Constant):
                self.met(v)

    def met(self, c):
        """A node reads ``c``: know it, or schedule it to become the known equal one."""
        if id(c) in self.sig_of:
            return
        sig = self._signature(c)
        known = self.by_sig.get(sig)
        if known is None:
            self.sig_of[id(c)] = sig
            self.by_sig[sig] = c
            return
        if c.name:
            known.name = c.name  # Theano keeps the last name
        self.scheduled.append((c, known))

    def pruned(self, node):
        """``node`` leaves the graph (its inputs still count it as a reader)."""
        clients = self.fg.clients_of
        for v in node.inputs:
            if isinstance(v, Constant) and len(clients.get(id(v), ())) <= 1:
                sig = self.sig_of.pop(id(v), None)
                if sig is not None:
                    del self.by_sig[sig]

    def run(self):
        """Apply the scheduled merges, last first; True if any constant was replaced."""
        fg, changed = self.fg, False
        while self.scheduled:
            c, known = self.scheduled.pop()
            if fg.clients_of.get(id(c)) and fg.clients_of.get(id(known)):
                for node, i in fg.clients(c):
                    fg.change_input(node, i, known)
                changed = True
        return changed


def constant_merge(fg):
    """The graph's ConstantMerge, attached at the first merge as Theano's MergeFeature is."""
    feature = fg.constant_merge
    if feature is None:
        feature = fg.constant_merge = ConstantMerge(fg)
    return feature
