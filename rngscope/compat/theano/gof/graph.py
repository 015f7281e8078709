"""``theano.gof.graph``: walking a graph back from its outputs, in Theano's order.

Theano's walk starts from the *last* variable of the list and takes a node's
inputs first to last (a depth-first stack search), so ``inputs([a, b])`` lists
what ``b`` needs before what ``a`` needs.
"""
from rngscope.compat import missing as _missing
from rngscope.compat.theano.ops import Apply  # noqa: F401
from rngscope.graph.basic import Constant, Variable  # noqa: F401


def ancestors(variable_list, blockers=None):
    """Every variable the given ones depend on, themselves included, in Theano's order."""
    blocked = set(map(id, blockers or ()))
    stack, seen, order = list(variable_list), set(), []
    while stack:
        v = stack.pop()
        if id(v) in seen:
            continue
        seen.add(id(v))
        order.append(v)
        if v.owner is not None and id(v) not in blocked:
            stack.extend(reversed(v.owner.inputs))
    return order


def inputs(variable_list, blockers=None):
    """The ownerless variables (inputs, shared variables, constants) the given ones need."""
    return [v for v in ancestors(variable_list, blockers) if v.owner is None]


__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
