"""``theano.gof``: the graph classes user code names (``theano.gof.Op``, ``gof.graph``,
``gof.Generic``)."""
from rngscope.compat import missing as _missing
from rngscope.compat.theano.gof import fg, graph, utils  # noqa: F401
from rngscope.compat.theano.gof.utils import MethodNotDefined  # noqa: F401
from rngscope.compile.function import MissingInputError  # noqa: F401
from rngscope.compat.theano.ops import Apply, Op  # noqa: F401
from rngscope.graph.basic import Constant, Variable  # noqa: F401
from rngscope.graph.types import Generic, generic  # noqa: F401

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
