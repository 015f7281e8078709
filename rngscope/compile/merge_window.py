"""The stretch of Theano 1.0.5's optimizer in which nothing merges: from merge1.2 (after
canonicalize) to merge2 (after elementwise fusion).

Theano's MergeFeature looks at each node as it enters the graph: a node equal to one it
has already seen (same op, same inputs) is scheduled to be replaced by that one and is
not itself "seen".  Within this stretch the schedule waits for merge2; if the node it
waits for has left the graph by then (fused into a Composite), merge2 skips it, and
since it was never seen, no later node is compared with it: it stays apart for good,
and so do the equal nodes scheduled with it.  Save_mem's index arithmetic makes such
twins (``n_steps - 1`` for each reader), which is why Theano's compiled BPTT over a
symbolic length computes ``-1 + n`` twice.
"""
from __future__ import annotations

from rngscope.graph.basic import same_application

__all__ = ["MergeWindow", "open_merge_window", "stuck_nodes"]


class MergeWindow:
    """Which node each node entering the graph was found equal to (Theano's schedule)."""

    def __init__(self, fg):
        self.fg = fg
        self.by_inputs = {}  # tuple of input ids -> the seen nodes reading exactly those
        self.waiting = []  # (node, the seen node it is to become)
        for node in fg.nodes():
            self.by_inputs.setdefault(tuple(map(id, node.inputs)), []).append(node)

    def imported(self, node):
        same = self.by_inputs.setdefault(tuple(map(id, node.inputs)), [])
        live = self.fg.nodes_by_id
        other = next((o for o in same if id(o) in live and same_application(o, node)), None)
        if other is None:
            same.append(node)
        else:
            self.waiting.append((node, other))

    def close(self):
        """The nodes whose twin left before the merge, by id: they are merged no more."""
        self.fg.listeners.remove(self.imported)
        live = self.fg.nodes_by_id
        return {id(node): node for node, other in self.waiting
                if id(node) in live and id(other) not in live}


def open_merge_window(fg):
    """Start recording the nodes that enter ``fg`` until its next merge."""
    window = MergeWindow(fg)
    fg.merge_window = window
    fg.listeners.append(window.imported)


def stuck_nodes(fg):
    """The nodes a merge leaves alone, by id (closing an open window first; the nodes are
    held so that no later node takes a freed one's id)."""
    stuck = getattr(fg, "stuck_nodes", {})
    window = getattr(fg, "merge_window", None)
    if window is not None:
        stuck = {**stuck, **window.close()}
        fg.merge_window = None
    fg.stuck_nodes = stuck
    return stuck
