"""``theano.tensor.extra_ops``: cumulative ops, repeat, squeeze and to_one_hot."""
from rngscope.compat import missing as _missing
from rngscope.tensor.extra_ops import CumOp, cumprod, cumsum, to_one_hot  # noqa: F401
from rngscope.tensor.linalg import RepeatOp, repeat  # noqa: F401
from rngscope.tensor.elementary import squeeze  # noqa: F401

__all__ = ["CumOp", "RepeatOp", "cumprod", "cumsum", "repeat", "squeeze", "to_one_hot"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
