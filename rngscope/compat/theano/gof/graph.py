"""``theano.gof.graph``: walking a graph back from its outputs, in Theano's order.

Theano's walk starts from the *last* variable of the list and takes a node's
inputs first to last (a depth-first stack search), so ``inputs([a, b])`` lists
what ``b`` needs before what ``a`` needs.
"""
from rngscope.compat import missing as _missing
from rngscope.compat.theano.ops import Apply  # noqa: F401
from rngscope.graph.basic import Constant, Variable  # noqa: F401
from rngscope.graph.basic import ancestors as _ancestors
from rngscope.graph.basic import io_toposort as _io_toposort


def ancestors(variable_list, blockers=None):
    """Every variable the given ones depend on, themselves included, in Theano's order
    (rngscope's walk starts from the first variable: hand it the list reversed)."""
    return _ancestors(list(reversed(variable_list)), blockers or ())


def inputs(variable_list, blockers=None):
    """The ownerless variables (inputs, shared variables, constants) the given ones need."""
    return [v for v in ancestors(variable_list, blockers) if v.owner is None]


def io_toposort(inputs, outputs, orderings=None, clients=None):
    """The Apply nodes between ``inputs`` and ``outputs`` in Theano's topological order."""
    if orderings or clients is not None:
        raise _missing.NotImplementedByRngscope("theano.gof.graph.io_toposort(orderings=, clients=)")
    return _io_toposort(list(inputs), list(outputs))


__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
