"""``theano.tensor.nnet``: sigmoid, softplus, softmax, relu and the cross-entropies."""
from rngscope.compat import missing as _missing
from rngscope.tensor.basic import sigmoid, softplus  # noqa: F401
from rngscope.tensor.nnet import (  # noqa: F401
    binary_crossentropy, categorical_crossentropy, crossentropy_categorical_1hot,
    crossentropy_softmax_1hot, crossentropy_softmax_1hot_with_bias,
    crossentropy_softmax_argmax_1hot_with_bias, elu, hard_sigmoid, logsoftmax, relu, selu,
    softmax, softmax_with_bias, softsign, ultra_fast_sigmoid,
)

__all__ = ["binary_crossentropy", "categorical_crossentropy", "crossentropy_categorical_1hot",
           "crossentropy_softmax_1hot", "crossentropy_softmax_1hot_with_bias",
           "crossentropy_softmax_argmax_1hot_with_bias", "elu", "hard_sigmoid", "logsoftmax",
           "nnet", "relu", "selu", "sigm", "sigmoid", "softmax", "softmax_with_bias", "softplus", "softsign", "ultra_fast_sigmoid"]

from rngscope.compat.theano.tensor.nnet import nnet, sigm  # noqa: E402,F401  (after the names they re-export)

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
