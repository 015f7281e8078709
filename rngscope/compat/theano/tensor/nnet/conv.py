"""``theano.tensor.nnet.conv``: the legacy ConvOp (its own ``conv2d`` is rngscope's gap)."""
from rngscope.compat import missing as _missing
from rngscope.tensor.conv import ConvOp  # noqa: F401

__all__ = ["ConvOp"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
