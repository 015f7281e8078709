"""``theano.tensor.type``: the tensor type class (``TensorType(dtype, broadcastable)``)."""
from rngscope.compat import missing as _missing
from rngscope.tensor.variable import TensorType  # noqa: F401

__all__ = ["TensorType"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
