"""``theano.tensor.nnet``: sigmoid, softplus, softmax, relu and the cross-entropies."""
from rngscope.compat import missing as _missing
from rngscope.compile.builders import OpFromGraph as _OpFromGraph
from rngscope.tensor import basic as _T
from rngscope.tensor import linalg as _linalg
from rngscope.tensor.basic import sigmoid, softplus  # noqa: F401
from rngscope.tensor.conv import ConvOp, conv2d  # noqa: F401
from rngscope.tensor.nnet import (  # noqa: F401
    CrossentropyCategorical1Hot, CrossentropyCategorical1HotGrad,
    CrossentropySoftmax1HotWithBiasDx, CrossentropySoftmaxArgmax1HotWithBias, LogSoftmax, Softmax,
    SoftmaxGrad, SoftmaxWithBias, binary_crossentropy, categorical_crossentropy,
    crossentropy_categorical_1hot,
    crossentropy_softmax_1hot, crossentropy_softmax_1hot_with_bias,
    crossentropy_softmax_argmax_1hot_with_bias, elu, hard_sigmoid, logsoftmax, relu, selu,
    softmax, softmax_with_bias, softsign, ultra_fast_sigmoid,
)

# the op instances Theano's nnet module holds, for scripts that call or compare them
softmax_op = Softmax()
softmax_grad = SoftmaxGrad()
logsoftmax_op = LogSoftmax()
crossentropy_categorical_1hot_grad = CrossentropyCategorical1HotGrad()
crossentropy_softmax_1hot_with_bias_dx = CrossentropySoftmax1HotWithBiasDx()


def confusion_matrix(actual, pred):
    """[the confusion matrix of two label vectors, the labels in order], built as Theano's
    (Unique of both, one-hot comparisons, their product)."""
    from rngscope.tensor.extra_ops import Unique

    if actual.ndim != 1:
        raise ValueError("actual must be 1-d tensor variable")
    if pred.ndim != 1:
        raise ValueError("pred must be 1-d tensor variable")
    order = Unique(False, False, False)(_T.concatenate([actual, pred]))
    one_hot_actual = _T.eq(actual.dimshuffle(0, "x"), order).astype("int64")
    one_hot_pred = _T.eq(pred.dimshuffle(0, "x"), order).astype("int64")
    return [_T.dot(one_hot_actual.T, one_hot_pred), order]


def sigmoid_binary_crossentropy(output, target):
    """The binary cross-entropy of sigmoid(output) and target, as Theano builds it: an inline
    OpFromGraph of ``softplus(-abs(output)) + output * ((output > 0) - target)`` whose
    gradient is given (``(sigmoid(output) - target)`` and ``-output`` times the output's)."""
    def grad(inputs, out_grads):
        (output, target), (out_grad,) = inputs, out_grads
        return [out_grad * (sigmoid(output) - target), out_grad * (-output)]

    inp = [output, target]
    outp = softplus(-abs(output)) + output * ((output > 0) - target)
    return _OpFromGraph(inp, [outp], grad_overrides=grad, inline=True,
                       name="sigmoid_binary_crossentropy")(*inp)


def h_softmax(x, batch_size, n_outputs, n_classes, n_outputs_per_class, W1, b1, W2, b2,
              target=None):
    """Theano's two-level hierarchical softmax of every output: the class probabilities
    (softmax of ``x W1 + b1``) times each class's output probabilities (softmax of
    ``tensordot(x, W2) + b2`` per class), the first ``n_outputs`` columns. With a
    ``target`` Theano computes only the targets' outputs with sparse_block_dot, which
    rngscope does not have."""
    if target is not None:
        raise _missing.NotImplementedByRngscope(
            "theano.tensor.nnet.h_softmax(target=...) (its sparse_block_dot)")
    class_probs = softmax(_T.dot(x, W1) + b1)
    activations = _linalg.tensordot(x, W2, (1, 1)) + b2
    output_probs = softmax(activations.reshape((-1, n_outputs_per_class)))
    output_probs = output_probs.reshape((batch_size, n_classes, -1))
    output_probs = class_probs.dimshuffle(0, 1, "x") * output_probs
    return output_probs.reshape((batch_size, -1))[:, :n_outputs]


def softmax_graph(c):
    """Softmax as Theano's ``softmax_graph`` writes it: ``exp(c) / exp(c).sum(-1, keepdims)``."""
    return _T.exp(c) / _T.exp(c).sum(axis=-1, keepdims=True)


__all__ = ["ConvOp", "CrossentropyCategorical1Hot", "CrossentropyCategorical1HotGrad",
           "CrossentropySoftmax1HotWithBiasDx", "CrossentropySoftmaxArgmax1HotWithBias",
           "LogSoftmax", "Softmax", "SoftmaxGrad", "SoftmaxWithBias", "abstract_conv", "binary_crossentropy", "bn", "categorical_crossentropy", "confusion_matrix", "conv", "conv2d", "crossentropy_categorical_1hot",
           "crossentropy_categorical_1hot_grad", "crossentropy_softmax_1hot",
           "crossentropy_softmax_1hot_with_bias", "crossentropy_softmax_1hot_with_bias_dx",
           "crossentropy_softmax_argmax_1hot_with_bias", "elu", "h_softmax", "hard_sigmoid", "logsoftmax",
           "logsoftmax_op", "nnet", "relu", "selu", "sigm", "sigmoid", "sigmoid_binary_crossentropy", "softmax", "softmax_graph",
           "softmax_grad", "softmax_op", "softmax_with_bias", "softplus", "softsign",
           "ultra_fast_sigmoid"]

from rngscope.compat.theano.tensor.nnet import abstract_conv, bn, conv, nnet, sigm  # noqa: E402,F401  (after the names they re-export)

__getattr__ = _missing.module_getattr(__name__)  # a name not here is rngscope's gap
