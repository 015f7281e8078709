"""Output copies: no output may alias another output or an input it does not own."""
from __future__ import annotations

from rngscope.compile.fgraph import view_root, view_tree
from rngscope.graph.basic import graph_inputs
from rngscope.tensor.shape_ops import DeepCopyOp, ViewOp

__all__ = [
    "deep_copy", "insert_deepcopy",
]

_deep_copy = DeepCopyOp()
_view = ViewOp()


def deep_copy(var, op=_deep_copy):
    out = op(var)
    out.name = var.name
    return out


def insert_deepcopy(fg):
    """outputs[i] aliasing a later output, or an input not being updated -> DeepCopyOp(outputs[i]),
    or ViewOp(outputs[i]) where Theano's insert_deepcopy lets the function hand back its own
    buffer: both outputs borrowed (``fg.borrowed_outputs``: their indices), or the output
    and the input it aliases (``fg.borrowed_inputs``; a constant counts as borrowed). A
    loop's step borrows its step outputs; a function, ``Out(borrow=True)`` outputs,
    ``In(borrow=True)`` inputs and its shared variables."""
    updated = {id(v) for v in getattr(fg, "updated", ())}
    borrowed_out = set(getattr(fg, "borrowed_outputs", ()))
    borrowed_in = {id(v) for v in getattr(fg, "borrowed_inputs", ())}
    fg_inputs = {id(v) for v in fg.inputs}
    all_inputs = graph_inputs(fg.outputs)
    destroyed = set()
    for node in fg.nodes():
        for _o, ins in getattr(node.op, "destroy_map", {}).items():
            destroyed.add(id(view_root(node.inputs[ins[0]])))
    for i in range(len(fg.outputs)):
        clients = fg.clients()
        views = {id(v) for v in view_tree(view_root(fg.outputs[i], True), clients, True)}
        later = [j for j in range(i + 1, len(fg.outputs)) if id(fg.outputs[j]) in views]
        if later:
            both = i in borrowed_out and later[0] in borrowed_out
            fg.change_input("output", i, deep_copy(fg.outputs[i], _view if both else _deep_copy))
            continue
        # the first input (or constant) this output aliases, not updated and not destroyed
        aliased = next((v for v in all_inputs if id(v) in views and id(v) not in updated
                        and id(v) not in destroyed), None)
        if aliased is not None:
            borrowed = id(aliased) in borrowed_in if id(aliased) in fg_inputs else True
            view = i in borrowed_out and borrowed
            fg.change_input("output", i, deep_copy(fg.outputs[i], _view if view else _deep_copy))
