"""``theano.compile.nanguardmode``: the mode that stops at the first NaN, Inf or big value."""
from rngscope.compat import missing as _missing
from rngscope.compile.modes import NanGuardMode  # noqa: F401

__all__ = ["NanGuardMode"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
