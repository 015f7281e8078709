"""Rebuilding a graph for ``function()`` and ``theano.clone``: copy the graphs with
replacements (``givens``, ``replace``) applied, and collect the shared variables they
read with the updates each gets (explicit, or its ``default_update``).
"""
from __future__ import annotations

import warnings

from rngscope.graph.basic import Variable
from rngscope.graph.sites import keep_site
from rngscope.shared import SharedVariable, shared

__all__ = ["as_pairs", "clone", "rebuild_collect_shared"]


def as_pairs(mapping):
    """``givens`` or ``updates`` (a dict, a list of pairs or None) as a list of pairs."""
    if mapping is None:
        return []
    if isinstance(mapping, dict):
        return list(mapping.items())
    return [tuple(p) for p in mapping]


def rebuild_collect_shared(outputs, replace, updates, no_default_updates, inputs=(),
                           rebuild_strict=True, copy_inputs_over=True, copy_nodes=False):
    """Clone the graphs applying ``givens``; find shared inputs and their updates.

    The explicit ``inputs`` are where the walk stops, as in Theano: a random
    variable given as an input is read from the call, not drawn.  Theano's
    ``rebuild_strict=False`` lets a replacement change a node's types (the node
    is made again from its new inputs); ``copy_inputs_over=False`` replaces every
    graph input (shared variables and the replacements' own inputs too) by a clone;
    ``copy_nodes`` copies even the nodes whose inputs did not change (``theano.clone``).
    """
    clone_d = {}
    shared_inputs = []
    update_d = {}
    update_expr = []

    def excluded(v):
        # Theano: defaults apply when no_default_updates is False, or a list without v.
        if no_default_updates is False:
            return False
        if isinstance(no_default_updates, list):
            return any(v is x for x in no_default_updates)
        return True

    def visit(v):
        # Iterative version of Theano's clone_v_get_shared_updates.
        stack = [(v, False)]
        pop, push = stack.pop, stack.append
        while stack:
            var, ready = pop()
            if id(var) in clone_d:
                continue
            node = var.owner
            if node is not None:
                if not ready:
                    push((var, True))
                    for i in reversed(node.inputs):
                        if id(i) not in clone_d:
                            push((i, False))
                    continue
                new_inputs = [clone_d[id(i)] for i in node.inputs]
                if copy_nodes or any(a is not b for a, b in zip(new_inputs, node.inputs)):
                    new_node = keep_site(node, node.op.make_node(*new_inputs))
                    for o, n in zip(node.outputs, new_node.outputs):
                        n.name = o.name
                else:
                    new_node = node
                for o, n in zip(node.outputs, new_node.outputs):
                    if id(o) not in clone_d:
                        clone_d[id(o)] = n
                continue
            if isinstance(var, SharedVariable):
                if not any(var is s for s in shared_inputs):
                    shared_inputs.append(var)
                if (hasattr(var, "default_update") and not excluded(var)
                        and id(var) not in update_d):
                    upd = _default_update_value(var)
                    update_d[id(var)] = upd
                    update_expr.append((var, upd))
            clone_d[id(var)] = var if copy_inputs_over else var.clone()
        return clone_d[id(v)]

    for orig, repl in as_pairs(replace):
        if not isinstance(orig, Variable):
            raise TypeError("given keys must be Variable", orig)
        if not isinstance(repl, Variable):
            repl = shared(repl)
        if id(orig) in clone_d:
            raise AssertionError(
                "When using 'givens' or 'replace' with several (old_v, new_v) replacement "
                "pairs, you can not have a new_v variable depend on an old_v one. For instance, "
                "givens = {a:b, b:(a+1)} is not allowed. Here, the old_v %s is used to compute "
                "other new_v's, but it is scheduled to be replaced by %s." % (orig, repl))
        if not rebuild_strict:
            pass  # the readers are made again from the new types
        elif hasattr(orig.type, "filter_variable"):
            repl = orig.type.filter_variable(repl)
        elif repl.type != orig.type:
            raise TypeError("Cannot convert Type %s (of Variable %s) into Type %s."
                            % (repl.type, repl, orig.type))
        clone_d[id(orig)] = visit(repl)

    for v in inputs:
        clone_d.setdefault(id(v), v)

    explicit = set()
    for store_into, update_val in as_pairs(updates):
        explicit.add(id(store_into))
        if not isinstance(store_into, SharedVariable):
            raise TypeError("update target must be a SharedVariable", store_into)
        if id(store_into) in update_d:
            raise ValueError("this shared variable already has an update expression",
                             (store_into, update_d[id(store_into)]))
        update_val = _update_value(store_into, update_val)
        update_d[id(store_into)] = update_val
        update_expr.append((store_into, update_val))

    cloned_outputs = [visit(o) for o in outputs]

    i = 0
    while i < len(update_expr):
        v, v_update = update_expr[i]
        update_d[id(v)] = visit(v_update)
        if not any(v is s for s in shared_inputs):
            shared_inputs.append(v)
        i += 1
    return cloned_outputs, shared_inputs, update_d, explicit


def _update_value(store_into, value):
    """``value`` as an update of ``store_into``: exactly its type (Theano converts nothing)."""
    try:
        if hasattr(store_into.type, "filter_variable"):
            return store_into.type.filter_variable(value, allow_convert=False)
        if isinstance(value, Variable) and value.type == store_into.type:
            return value
        raise TypeError(value)
    except TypeError:
        raise TypeError(
            "An update must have the same type as the original shared variable (shared_var=%s, "
            "shared_var.type=%s, update_val=%s, update_val.type=%s)."
            % (store_into, store_into.type, value, getattr(value, "type", None)),
            "If the difference is related to the broadcast pattern, you can call the "
            "tensor.unbroadcast(var, axis_to_unbroadcast[, ...]) function to remove "
            "broadcastable dimensions.",
        ) from None


def _default_update_value(var):
    """A shared variable's ``default_update`` as an update (Theano filters it, so a
    ``default_update`` of None or of another type is a TypeError)."""
    value = var.default_update
    if hasattr(var.type, "filter_variable"):
        value = var.type.filter_variable(value, allow_convert=False)
    if not isinstance(value, Variable) or value.type != var.type:
        raise TypeError("an update must have the same type as the original shared variable",
                        (var, var.type, value, getattr(value, "type", None)))
    return value


_DEPRECATED = object()


def clone(output, replace=None, strict=True, share_inputs=True, copy_inputs=_DEPRECATED):
    """A copy of ``output`` (a variable or a list) with ``replace`` (old -> new) applied:
    Theano's ``theano.clone``, in its two passes (each old variable is first replaced by a
    placeholder of its type, then the placeholders by the new values, so a new value may
    use the variable it replaces: ``replace={x: 2 * x}``).

    Args:
        output: a variable, or a list or tuple of them.
        replace: a dict or a list of (old, new) pairs; a new value that is not a
            variable becomes a shared variable.
        strict: False lets a new value of another type remake its readers.
        share_inputs: False replaces every input of the copy by a clone: new input
            variables, and shared variables that share the value but lose their
            ``default_update``; as in Theano 1.0.5, the second pass then finds only
            clones of the placeholders, so ``replace`` leaves placeholders behind.
        copy_inputs: the old name of ``share_inputs`` (a deprecation warning).
    """
    if copy_inputs is not _DEPRECATED:
        warnings.warn("In `clone()` function, the argument `copy_inputs` has been deprecated "
                      "and renamed into `share_inputs`", stacklevel=2)
        assert share_inputs  # the old name was used: the new one keeps its default
        share_inputs = copy_inputs
    if isinstance(replace, dict):
        items = list(replace.items())
    elif isinstance(replace, (list, tuple)):
        items = list(replace)
    elif replace is None:
        items = []
    else:
        raise ValueError("replace is neither a dictionary, list, tuple or None ! The value "
                         "provided is %s,of type %s" % (replace, type(replace)))
    outs = list(output) if isinstance(output, (list, tuple)) else [output]
    holders = [(old, old.type()) for old, _new in items]
    finals = [(holder, new) for (_old, holder), (_o, new) in zip(holders, items)]
    staged = outs
    for pairs in (holders, finals):
        staged, _shared, _updates, _explicit = rebuild_collect_shared(
            staged, pairs, [], False, rebuild_strict=strict, copy_inputs_over=share_inputs,
            copy_nodes=True)
    return staged if isinstance(output, (list, tuple)) else staged[0]
