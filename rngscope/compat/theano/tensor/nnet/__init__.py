"""``theano.tensor.nnet``: sigmoid, softplus, softmax, relu and the cross-entropies."""
from rngscope.compat import missing as _missing
from rngscope.tensor.basic import sigmoid, softplus  # noqa: F401
from rngscope.tensor.nnet import (  # noqa: F401
    binary_crossentropy, categorical_crossentropy, relu, softmax,
)

__all__ = ["binary_crossentropy", "categorical_crossentropy", "relu", "sigmoid", "softmax",
           "softplus"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
