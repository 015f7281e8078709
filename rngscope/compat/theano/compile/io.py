"""``theano.compile.io``: In and Out (Theano's SymbolicOutput)."""
from rngscope.compat import missing as _missing
from rngscope.compile.function import In, Out  # noqa: F401

SymbolicOutput = Out

__all__ = ["In", "Out", "SymbolicOutput"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
