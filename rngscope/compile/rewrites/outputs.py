"""Output copies: no output may alias another output or an input it does not own."""
from __future__ import annotations

from rngscope.compile.fgraph import view_root, view_tree
from rngscope.graph.basic import graph_inputs
from rngscope.tensor.shape_ops import DeepCopyOp

__all__ = [
    "deep_copy", "insert_deepcopy",
]

_deep_copy = DeepCopyOp()


def deep_copy(var):
    out = _deep_copy(var)
    out.name = var.name
    return out


def insert_deepcopy(fg):
    """outputs[i] aliasing a later output, or an input not being updated -> DeepCopyOp(outputs[i])."""
    updated = {id(v) for v in getattr(fg, "updated", ())}
    all_inputs = {id(v) for v in graph_inputs(fg.outputs)}
    destroyed = set()
    for node in fg.nodes():
        for _o, ins in getattr(node.op, "destroy_map", {}).items():
            destroyed.add(id(view_root(node.inputs[ins[0]])))
    for i in range(len(fg.outputs)):
        clients = fg.clients()
        views = {id(v) for v in view_tree(view_root(fg.outputs[i], True), clients, True)}
        if any(id(fg.outputs[j]) in views for j in range(i + 1, len(fg.outputs))):
            fg.change_input("output", i, deep_copy(fg.outputs[i]))
            continue
        # an input (or constant) this output aliases, not updated and not destroyed
        if any(v in all_inputs and v not in updated and v not in destroyed for v in views):
            fg.change_input("output", i, deep_copy(fg.outputs[i]))
