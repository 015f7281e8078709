"""``theano.compile.sharedvalue``: SharedVariable and shared."""
from rngscope.compat import missing as _missing
from rngscope.shared import SharedVariable, shared  # noqa: F401

__all__ = ["SharedVariable", "shared"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
