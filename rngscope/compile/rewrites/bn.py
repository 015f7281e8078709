"""Theano's batchnorm_opts (specialize_device, FAST_RUN and FAST_COMPILE): the abstract
batch-normalization ops replaced by the elementwise graphs they stand for."""
from __future__ import annotations

from rngscope.compile.vocabulary import tracks
from rngscope.tensor import bn

__all__ = ["BATCH_NORM", "batch_norm_inference", "batch_norm_train", "batch_norm_train_grad"]


@tracks(bn.AbstractBatchNormTrain)
def batch_norm_train(node, ctx):
    """AbstractBatchNormTrain(x, scale, bias, ...) -> (x - mean) * (scale * invstd) + bias, ..."""
    return bn.expand_train(node)


@tracks(bn.AbstractBatchNormTrainGrad)
def batch_norm_train_grad(node, ctx):
    """AbstractBatchNormTrainGrad(x, dy, ...) -> its three elementwise gradients."""
    return bn.expand_train_grad(node)


@tracks(bn.AbstractBatchNormInference)
def batch_norm_inference(node, ctx):
    """AbstractBatchNormInference(x, ...) -> (x - mean) * (scale / sqrt(var + eps)) + bias."""
    return bn.expand_inference(node)


BATCH_NORM = (batch_norm_train, batch_norm_train_grad, batch_norm_inference)
