"""``theano.tensor.nnet``: sigmoid, softplus, softmax, relu and the cross-entropies."""
from rngscope.tensor.basic import sigmoid, softplus  # noqa: F401
from rngscope.tensor.nnet import (  # noqa: F401
    binary_crossentropy, categorical_crossentropy, relu, softmax,
)

__all__ = ["binary_crossentropy", "categorical_crossentropy", "relu", "sigmoid", "softmax",
           "softplus"]
