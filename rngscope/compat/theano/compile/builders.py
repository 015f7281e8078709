"""``theano.compile.builders``: OpFromGraph."""
from rngscope.compat import missing as _missing
from rngscope.compile.builders import OpFromGraph  # noqa: F401

__all__ = ["OpFromGraph"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
