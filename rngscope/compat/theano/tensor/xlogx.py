"""``theano.tensor.xlogx``: x * log(x) and x * log(y), zero where x is zero."""
from rngscope.compat import missing as _missing
from rngscope.tensor.elementary import xlogx, xlogy0  # noqa: F401

__all__ = ["xlogx", "xlogy0"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
