"""Theano's CPU convolution rewrites without a C compiler (its ``conv_opts`` in
specialize_device, FAST_RUN and FAST_COMPILE): each AbstractConv2d op becomes the legacy
ConvOp, around dimshuffles and flipped filters for the gradients; the AbstractConvCheck
pass after them stops the compilation at an AbstractConv2d op none of them took (a
padding, 'half', unflipped or dilated filters, a strided gradient)."""
from __future__ import annotations

from rngscope.compile.rewriter import converted
from rngscope.compile.vocabulary import tracks
from rngscope.tensor import basic as T
from rngscope.tensor.conv import (
    AbstractConv2d, AbstractConv2d_gradInputs, AbstractConv2d_gradWeights, conv_op,
    get_conv_output_shape,
)

__all__ = ["CONV_CPU", "LocalMetaOptimizerSkipAssertionError", "abstract_conv_check"]

_ABSTRACT = (AbstractConv2d, AbstractConv2d_gradWeights, AbstractConv2d_gradInputs)


class LocalMetaOptimizerSkipAssertionError(AssertionError):
    """Theano's error for an AbstractConv op no rewrite could implement."""


def _legacy(op):
    """Whether the legacy ConvOp can stand for ``op`` (Theano's shared conditions)."""
    return (op.border_mode in ("valid", "full") and op.filter_flip and op.num_groups == 1
            and not op.unshared)


def _flip(x):
    return x[:, :, ::-1, ::-1]


def _gradient_shapes(op, data):
    """The output sizes of ``op``'s convolution with its stride and with none (None where
    unknown), or None when a ConvOp cannot compute this gradient: another form than the
    legacy one, float16 ``data`` (the image or kernel), a strided valid convolution, or a
    stride that needs sizes ConvOp's gradient is not told."""
    if not _legacy(op) or data.dtype == "float16":
        return None
    if op.border_mode == "valid" and op.subsample != (1, 1):
        return None
    dx, dy = op.subsample
    if dx not in (1, 2) or dy not in (1, 2):
        return None
    if None in op.imshp + op.kshp and (dx, dy) != (1, 1):
        return None
    out = get_conv_output_shape(op.imshp, op.kshp, op.border_mode, op.subsample,
                                op.filter_dilation)[2:]
    full = get_conv_output_shape(op.imshp, op.kshp, op.border_mode, (1, 1))[2:]
    return out, full


@tracks(AbstractConv2d)
def conv2d_cpu(node, ctx):
    """AbstractConv2d(img, kern) -> ConvOp(img, kern), told the shapes the script gave
    (local_conv2d_cpu)."""
    op = node.op
    if not _legacy(op) or op.filter_dilation != (1, 1) or node.inputs[0].dtype == "float16":
        return None
    (bsize, *imshp), (nkern, _stack, *kshp) = op.imshp, op.kshp
    dx, dy = op.subsample
    out = conv_op(imshp, kshp, nkern, bsize, dx, dy, op.border_mode)(*node.inputs)
    return [converted(node.outputs[0], out)]  # a 1x1 output knows two axes of length 1


@tracks(AbstractConv2d_gradWeights)
def conv2d_gradweight_cpu(node, ctx):
    """gradWeights(img, top) -> flip(ConvOp(img', flip(top')))' (valid) or
    ConvOp(top', flip(img')) (full), ' swapping the first two axes
    (local_conv2d_gradweight_cpu)."""
    op, (img, topgrad, _shape) = node.op, node.inputs
    shapes = _gradient_shapes(op, img)
    if shapes is None:
        return None
    (out, full), im, k = shapes, op.imshp, op.kshp
    new_img, new_top = img.dimshuffle(1, 0, 2, 3), topgrad.dimshuffle(1, 0, 2, 3)
    if op.border_mode == "valid":
        dw = conv_op((im[0], im[2], im[3]), out, k[0], im[1], kshp_logical=full,
                     kshp_logical_top_aligned=False)
        res = _flip(dw(new_img, _flip(new_top)).dimshuffle(1, 0, 2, 3))
    else:
        dw = conv_op((im[0], out[0], out[1]), im[2:], im[1], k[0],
                     imshp_logical=(im[0], full[0], full[1]))
        res = dw(new_top, _flip(new_img))
    return [T.patternbroadcast(res, node.outputs[0].broadcastable)]


@tracks(AbstractConv2d_gradInputs)
def conv2d_gradinputs_cpu(node, ctx):
    """gradInputs(kern, top) -> ConvOp(top, flip(kern')), full for a valid convolution and
    valid for a full one (local_conv2d_gradinputs_cpu)."""
    op, (kern, topgrad, _shape) = node.op, node.inputs
    shapes = _gradient_shapes(op, kern)
    if shapes is None:
        return None
    (out, full), im, k = shapes, op.imshp, op.kshp
    mode = "valid" if op.border_mode == "full" else "full"
    din = conv_op((k[0], out[0], out[1]), k[2:], im[1], im[0], output_mode=mode,
                  imshp_logical=(k[0], full[0], full[1]))
    return [T.patternbroadcast(din(topgrad, _flip(kern.dimshuffle(1, 0, 2, 3))),
                               node.outputs[0].broadcastable)]


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
