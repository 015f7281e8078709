"""``theano.tensor.nnet``: sigmoid, softplus, softmax, relu and the cross-entropies."""
from rngscope.compat import missing as _missing
from rngscope.tensor.basic import sigmoid, softplus  # noqa: F401
from rngscope.tensor.nnet import (  # noqa: F401
    binary_crossentropy, categorical_crossentropy, hard_sigmoid, relu, softmax,
    ultra_fast_sigmoid,
)

__all__ = ["binary_crossentropy", "categorical_crossentropy", "hard_sigmoid", "relu", "sigmoid",
           "softmax", "softplus", "ultra_fast_sigmoid"]

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
