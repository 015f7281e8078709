"""Theano's CPU convolution rewrites without a C compiler (its ``conv_opts`` in
specialize_device, FAST_RUN and FAST_COMPILE): each AbstractConv2d op becomes the legacy
ConvOp, around dimshuffles and flipped filters for the gradients; the AbstractConvCheck
pass after them stops the compilation at an AbstractConv2d op none of them took (a
padding, 'half', unflipped or dilated filters, a strided gradient)."""
from __future__ import annotations

from rngscope.compile.vocabulary import tracks
from rngscope.tensor import basic as T
from rngscope.tensor.conv import (
    AbstractConv2d, AbstractConv2d_gradInputs, AbstractConv2d_gradWeights, ConvOp,
)

__all__ = ["CONV_CPU", "LocalMetaOptimizerSkipAssertionError", "abstract_conv_check"]

_ABSTRACT = (AbstractConv2d, AbstractConv2d_gradWeights, AbstractConv2d_gradInputs)


class LocalMetaOptimizerSkipAssertionError(AssertionError):
    """Theano's error for an AbstractConv op no rewrite could implement."""


def _legacy(op):
    """Whether the legacy ConvOp can stand for ``op`` (Theano's shared conditions)."""
    return (op.border_mode in ("valid", "full") and op.filter_flip and op.num_groups == 1
            and not op.unshared)


def _known_shapes(op):
    if any(s is not None for s in op.imshp + op.kshp):
        # the ConvOp of known shapes picks its unrolling from Theano's timing table
        raise NotImplementedError(
            "theano.tensor.nnet.conv.ConvOp of a conv2d given input_shape or filter_shape "
            "(FAST_RUN's and FAST_COMPILE's rewrite of %s) is not implemented by rngscope"
            % type(op).__name__)


def _flip(x):
    return x[:, :, ::-1, ::-1]


@tracks(AbstractConv2d)
def conv2d_cpu(node, ctx):
    """AbstractConv2d(img, kern) -> ConvOp(img, kern) (local_conv2d_cpu)."""
    op = node.op
    if not _legacy(op) or op.filter_dilation != (1, 1) or node.inputs[0].dtype == "float16":
        return None
    _known_shapes(op)
    dx, dy = op.subsample
    return [ConvOp(dx, dy, op.border_mode)(*node.inputs)]


@tracks(AbstractConv2d_gradWeights)
def conv2d_gradweight_cpu(node, ctx):
    """gradWeights(img, top) -> flip(ConvOp(img', flip(top')))' (valid) or
    ConvOp(top', flip(img')) (full), ' swapping the first two axes
    (local_conv2d_gradweight_cpu)."""
    op, (img, topgrad, _shape) = node.op, node.inputs
    if not _legacy(op) or img.dtype == "float16" or op.subsample != (1, 1):
        return None  # (a strided gradient needs known shapes)
    _known_shapes(op)
    new_img, new_top = img.dimshuffle(1, 0, 2, 3), topgrad.dimshuffle(1, 0, 2, 3)
    if op.border_mode == "valid":
        res = ConvOp(1, 1, "valid", False)(new_img, _flip(new_top))
        res = _flip(res.dimshuffle(1, 0, 2, 3))
    else:
        res = ConvOp(1, 1, "valid", True)(new_top, _flip(new_img))
    return [T.patternbroadcast(res, node.outputs[0].broadcastable)]


@tracks(AbstractConv2d_gradInputs)
def conv2d_gradinputs_cpu(node, ctx):
    """gradInputs(kern, top) -> ConvOp(top, flip(kern')), full for a valid convolution and
    valid for a full one (local_conv2d_gradinputs_cpu)."""
    op, (kern, topgrad, _shape) = node.op, node.inputs
    if not _legacy(op) or kern.dtype == "float16" or op.subsample != (1, 1):
        return None
    _known_shapes(op)
    mode = "valid" if op.border_mode == "full" else "full"
    din = ConvOp(1, 1, mode, True)(topgrad, _flip(kern.dimshuffle(1, 0, 2, 3)))
    return [T.patternbroadcast(din, node.outputs[0].broadcastable)]


CONV_CPU = (conv2d_cpu, conv2d_gradweight_cpu, conv2d_gradinputs_cpu)


def abstract_conv_check(fg):
    """Raise at the first AbstractConv2d op left, inputs first (Theano's AbstractConvCheck)."""
    for node in fg.toposort():
        if isinstance(node.op, _ABSTRACT):
            raise LocalMetaOptimizerSkipAssertionError(
                '%s Theano optimization failed: there is no implementation available supporting '
                'the requested options. Did you exclude both "conv_dnn" and "conv_gemm" from the '
                'optimizer? If on GPU, is cuDNN available and does the GPU support it? If on '
                'CPU, do you have a BLAS library installed Theano can link against? On the CPU '
                'we do not support float16.' % type(node.op).__name__)
