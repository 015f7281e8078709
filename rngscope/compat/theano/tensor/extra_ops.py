"""``theano.tensor.extra_ops``: the cumulative ops."""
from rngscope.compat import missing as _missing
from rngscope.tensor.extra_ops import CumOp, cumprod, cumsum  # noqa: F401

__all__ = ["CumOp", "cumprod", "cumsum"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
