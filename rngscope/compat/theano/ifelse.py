"""``theano.ifelse``: the lazy conditional."""
from rngscope.compat import missing as _missing
from rngscope.tensor.ifelse import IfElse, ifelse  # noqa: F401

__all__ = ["IfElse", "ifelse"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
