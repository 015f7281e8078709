"""``theano.gof.fg``: the function graph and the error of a missing input."""
from rngscope.compat import missing as _missing
from rngscope.compile.fgraph import FunctionGraph  # noqa: F401
from rngscope.compile.function import MissingInputError  # noqa: F401

__all__ = ["FunctionGraph", "MissingInputError"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
