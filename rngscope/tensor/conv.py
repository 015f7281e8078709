"""``theano.tensor.nnet.conv2d``: AbstractConv2d and its gradients AbstractConv2d_gradWeights
and AbstractConv2d_gradInputs, built, shaped and printed as Theano 1.0.5's, and the legacy
ConvOp that Theano's CPU rewrites (FAST_RUN and FAST_COMPILE, without a C compiler) put in
their place.

What they compute is what Theano's Python implementations compute where the recording runs
them (scipy 1.11, no C compiler): both need private scipy.signal functions that scipy 1.11
no longer has, so every call raises, AbstractConv* a NotImplementedError and ConvOp a
MethodNotDefined, with Theano's messages.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass

from rngscope.graph.basic import Apply, MethodNotDefined, Op
from rngscope.tensor import basic as T
from rngscope.tensor.variable import TensorType

__all__ = ["AbstractConv2d", "AbstractConv2d_gradInputs", "AbstractConv2d_gradWeights", "ConvOp",
           "UNROLL_PREFERENCE", "conv2d", "conv_op", "get_conv_output_shape", "register_gradients"]

SCIPY_SIGNAL_MISSING = ("AbstractConv perform requires the python package for scipy.signal to "
                        "be installed.")


def _normal_border_mode(border_mode):
    """'valid', 'full', 'half' or a pair of paddings, as Theano's BaseAbstractConv keeps it
    (an int n is (n, n); all-zero padding is 'valid')."""
    if isinstance(border_mode, int) and not isinstance(border_mode, bool):
        if border_mode < 0:
            raise ValueError("invalid border_mode {}, which must be a non-negative integer"
                             .format(border_mode))
        border_mode = (border_mode,) * 2
    elif isinstance(border_mode, tuple):
        if len(border_mode) != 2:
            raise ValueError("invalid border_mode {}, which must be a tuple of length 2"
                             .format(border_mode))
        for mode in border_mode:
            ok = (isinstance(mode, int) and mode >= 0) or (
                isinstance(mode, tuple) and len(mode) == 2 and min(mode) >= 0)
            if not ok:
                raise ValueError("invalid border_mode {}, which must be a tuple of two integers "
                                 "or pairs of integers".format(border_mode))
    elif border_mode not in ("valid", "full", "half"):
        raise ValueError("invalid border_mode {}, which must be either \"valid\", \"full\", "
                         "\"half\", an integer or a tuple of length 2".format(border_mode))
    if isinstance(border_mode, tuple) and all(m in (0, (0, 0)) for m in border_mode):
        border_mode = "valid"
    return border_mode


def _conv_shape_1axis(image, kernel, border_mode, subsample, dilation):
    """One output size (Theano's get_conv_shape_1axis: the smallest graph for a symbolic
    size, None where a size is unknown)."""
    if None in (image, kernel, border_mode, subsample, dilation):
        return None
    dil_kernel = (kernel - 1) * dilation + 1
    if border_mode == "half":
        pad_l = pad_r = dil_kernel // 2
    elif border_mode == "full":
        pad_l = pad_r = dil_kernel - 1
    elif border_mode == "valid":
        pad_l = pad_r = 0
    else:
        pad_l, pad_r = border_mode if isinstance(border_mode, tuple) else (border_mode,) * 2
    out = image - dil_kernel
    if not (isinstance(pad_l, int) and pad_l == 0):
        out = out + pad_l
    if not (isinstance(pad_r, int) and pad_r == 0):
        out = out + pad_r
    if subsample != 1:
        out = out // subsample
    return out + 1


def get_conv_output_shape(image_shape, kernel_shape, border_mode, subsample, filter_dilation=None):
    """(batch, output channels, rows, columns) of a convolution; None where unknown."""
    bsize, imshp = image_shape[0], image_shape[2:]
    nkern, kshp = kernel_shape[0], kernel_shape[-2:]
    dilation = filter_dilation if filter_dilation is not None else (1,) * len(subsample)
    modes = border_mode if isinstance(border_mode, tuple) else (border_mode,) * len(subsample)
    return (bsize, nkern) + tuple(
        _conv_shape_1axis(imshp[i], kshp[i], modes[i], subsample[i], dilation[i])
        for i in range(len(subsample)))


@dataclass(frozen=True)
class _AbstractConv2dBase(Op):
    """The parameters every AbstractConv2d op carries, printed in Theano's order."""

    imshp: tuple = (None,) * 4
    kshp: tuple = (None,) * 4
    border_mode: object = "valid"
    subsample: tuple = (1, 1)
    filter_flip: bool = True
    filter_dilation: tuple = (1, 1)
    num_groups: int = 1
    unshared: bool = False

    def __post_init__(self):
        set_ = lambda k, v: object.__setattr__(self, k, v)  # noqa: E731
        set_("border_mode", _normal_border_mode(self.border_mode))
        set_("imshp", tuple(self.imshp) if self.imshp else (None,) * 4)
        set_("kshp", tuple(self.kshp) if self.kshp else (None,) * (6 if self.unshared else 4))
        set_("subsample", tuple(self.subsample))
        set_("filter_dilation", tuple(self.filter_dilation))
        if len(self.subsample) != 2:
            raise ValueError("subsample must have 2 elements")
        if len(self.filter_dilation) != 2:
            raise ValueError("filter_dilation must have 2 elements")
        if self.num_groups < 1:
            raise ValueError("Number of groups should be greater than 0")

    def __str__(self):
        return ("%s{convdim=2, border_mode=%r, subsample=%r, filter_flip=%r, imshp=%r, kshp=%r, "
                "filter_dilation=%r, num_groups=%r, unshared=%r}" % (
                    type(self).__name__, self.border_mode, self.subsample, self.filter_flip,
                    self.imshp, self.kshp, self.filter_dilation, self.num_groups, self.unshared))

    def perform(self, node, inputs):
        raise NotImplementedError(SCIPY_SIGNAL_MISSING)

    def _params(self):
        return (self.imshp, self.kshp, self.border_mode, self.subsample, self.filter_flip,
                self.filter_dilation, self.num_groups, self.unshared)


def _as_4d_pair(a, b, names, unshared_kern=None):
    """``a`` and ``b`` as 4D tensors; the filters (``unshared_kern`` names which) are 6D for
    an unshared convolution."""
    a, b = T.as_tensor_variable(a), T.as_tensor_variable(b)
    for v, name in zip((a, b), names):
        if name == unshared_kern:
            if v.ndim != 6:
                raise TypeError("kern must be 6D tensor for unshared convolution")
        elif v.ndim != 4:
            raise TypeError("%s must be 4D tensor" % name)
    return a, b


@dataclass(frozen=True)
class AbstractConv2d(_AbstractConv2dBase):
    """The forward convolution of a batch of images with a set of filters."""

    def make_node(self, img, kern):
        img, kern = _as_4d_pair(img, kern, ("img", "kern"), "kern" if self.unshared else None)
        bcast = (img.broadcastable[0], kern.broadcastable[0], False, False)
        return Apply(self, [img, kern], [TensorType(img.dtype, bcast)])

    def infer_shape(self, node, shapes):
        imshp = [s if k is None else k for s, k in zip(shapes[0], self.imshp)]
        kshp = [s if k is None else k for s, k in zip(shapes[1], self.kshp)]
        return [get_conv_output_shape(imshp, kshp, self.border_mode, self.subsample,
                                      self.filter_dilation)]


@dataclass(frozen=True)
class AbstractConv2d_gradWeights(_AbstractConv2dBase):
    """The gradient of AbstractConv2d with respect to its filters (their rows and columns
    given as the third input)."""

    def make_node(self, img, topgrad, shape):
        img, topgrad = _as_4d_pair(img, topgrad, ("img", "topgrad"))
        shape = T.as_tensor_variable(shape)
        if self.unshared:  # (out channels, out rows, out columns, in channels, rows, columns)
            bcast = (topgrad.broadcastable[1], False, False, img.broadcastable[1], False, False)
        else:
            bcast = (topgrad.broadcastable[1], img.broadcastable[1], False, False)
        return Apply(self, [img, topgrad, shape], [TensorType(img.dtype, bcast)])

    def infer_shape(self, node, shapes):
        (imshp, topshp), size = shapes[:2], [node.inputs[2][i] for i in range(2)]
        channels = imshp[1] // self.num_groups
        fallback = ([topshp[1], topshp[2], topshp[3], channels] if self.unshared
                    else [topshp[1], channels]) + size
        return [tuple(f if k is None else k for f, k in zip(fallback, self.kshp))]


@dataclass(frozen=True)
class AbstractConv2d_gradInputs(_AbstractConv2dBase):
    """The gradient of AbstractConv2d with respect to its images (their rows and columns
    given as the third input)."""

    def make_node(self, kern, topgrad, shape):
        kern, topgrad = _as_4d_pair(kern, topgrad, ("kern", "topgrad"),
                                    "kern" if self.unshared else None)
        shape = T.as_tensor_variable(shape)
        bcast = (topgrad.broadcastable[0], kern.broadcastable[-3], False, False)
        return Apply(self, [kern, topgrad, shape], [TensorType(kern.dtype, bcast)])

    def infer_shape(self, node, shapes):
        channels = shapes[0][-3] * self.num_groups if self.num_groups > 1 else shapes[0][-3]
        fallback = [shapes[1][0], channels] + [node.inputs[2][i] for i in range(2)]
        return [tuple(f if k is None else k for f, k in zip(fallback, self.imshp))]


class _TheanoClass:
    """Prints as the class object Theano's MethodNotDefined names."""

    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return "<class '%s'>" % self.path


# ConvOp's choice of C loop unrolling when it knows every shape (Theano's timing table,
# observed): the (batch, kernel) unrolling pairs in the order ConvOp prefers them, for a
# 'valid' and a 'full' convolution, each list stopping where unrolling the patch is faster.
# The first pair dividing (bsize, nkern) is taken; with none, the patch is unrolled.
UNROLL_PREFERENCE = {
    "valid": ((3, 3), (5, 2), (4, 2), (2, 4), (2, 3), (3, 2), (2, 5), (6, 2), (2, 2), (1, 10),
              (1, 6), (4, 3), (1, 5)),
    "full": ((5, 2), (4, 3), (5, 4), (2, 5), (4, 2), (3, 3), (2, 4), (4, 5), (6, 3), (3, 4),
             (5, 5), (4, 6), (6, 5), (6, 4), (2, 3), (3, 5), (3, 6), (5, 6), (3, 2), (10, 3),
             (6, 6), (5, 3), (4, 4), (10, 4), (6, 2), (10, 5), (2, 6), (10, 2), (10, 6), (5, 10),
             (6, 10), (4, 10), (1, 10), (10, 10), (10, 1), (2, 2), (3, 10), (6, 1), (1, 6),
             (1, 5), (5, 1), (2, 10), (1, 4), (4, 1), (3, 1), (1, 3), (2, 1), (1, 2)),
}


@dataclass(frozen=True)
class ConvOp(Op):
    """The legacy convolution Theano's CPU rewrites put in an AbstractConv2d's place; built
    by ``conv_op``, which fills in the shapes and the unrolling as Theano's constructor."""

    imshp: tuple = (None, None, None)
    kshp: tuple = (None, None)
    nkern: int | None = None
    bsize: int | None = None
    dx: int = 1
    dy: int = 1
    out_mode: str = "valid"
    unroll_batch: int | None = None
    unroll_kern: int | None = None
    unroll_patch: bool | None = True
    imshp_logical: tuple = (None, None, None)
    kshp_logical: tuple = (None, None)
    kshp_logical_top_aligned: bool = True

    ATTRS = ("imshp", "kshp", "nkern", "bsize", "dx", "dy", "out_mode", "unroll_batch",
             "unroll_kern", "unroll_patch", "imshp_logical", "kshp_logical",
             "kshp_logical_top_aligned")

    def __str__(self):
        return "ConvOp{" + ",".join(str((a, getattr(self, a))) for a in self.ATTRS) + "}"

    def outshp(self):
        return get_conv_output_shape((None,) + self.imshp_logical, (None, None) + self.kshp_logical,
                                     self.out_mode, (self.dx, self.dy))[2:]

    def make_node(self, inputs, kerns):
        inputs, kerns = T.as_tensor_variable(inputs), T.as_tensor_variable(kerns)
        if inputs.ndim != 4:
            raise TypeError('ConvOp (make_node) requires input be a 4D tensor; received "%s" '
                            "(%i dims)" % (inputs, inputs.ndim))
        if kerns.ndim != 4:
            raise TypeError("make_node requires 4D tensor of kernels")
        rows, cols = self.outshp()
        bcast = (inputs.broadcastable[0], kerns.broadcastable[0], rows == 1, cols == 1)
        return Apply(self, [inputs, kerns], [TensorType(inputs.dtype, bcast)])

    def infer_shape(self, node, shapes):
        """The output shape of the logical shapes where known, else of the inputs'."""
        (bsize, *imshp), (nkern, _stack, *kshp) = shapes
        bsize = bsize if self.bsize is None else self.bsize
        nkern = nkern if self.nkern is None else self.nkern
        imshp = [s if k is None else k for s, k in zip(imshp, self.imshp_logical)]
        kshp = [s if k is None else k for s, k in zip(kshp, self.kshp_logical)]
        return [get_conv_output_shape((bsize, *imshp), (nkern, None, *kshp), self.out_mode,
                                      (self.dx, self.dy))]

    def perform(self, node, inputs):
        raise MethodNotDefined(
            "c_headers", _TheanoClass("theano.tensor.nnet.conv.ConvOp"), "ConvOp",
            "Need the python package for scipy.signal to be installed for the python "
            "implementation. You can use the C implementation instead.")


def conv_op(imshp=None, kshp=None, nkern=None, bsize=None, dx=1, dy=1, output_mode="valid",
            imshp_logical=None, kshp_logical=None, kshp_logical_top_aligned=True):
    """The ConvOp Theano's constructor makes of these arguments (no unrolling asked for):
    the patch unrolled unless every shape is known, else the preferred unrolling pair that
    divides (bsize, nkern)."""
    imshp = (None, None, None) if imshp is None else tuple(imshp)
    kshp = (None, None) if kshp is None else tuple(kshp)
    if len(imshp) == 2:
        imshp = (1,) + imshp
    imshp_logical = imshp if imshp_logical is None else tuple(imshp_logical)
    kshp_logical = kshp if kshp_logical is None else tuple(kshp_logical)
    unroll = (None, None, True)
    if None not in imshp + kshp + (nkern, bsize):
        pairs = [p for p in UNROLL_PREFERENCE[output_mode] if bsize % p[0] == 0 and nkern % p[1] == 0]
        unroll = (pairs[0][0], pairs[0][1], False) if pairs else (None, None, True)
    op = ConvOp(imshp, kshp, nkern, bsize, int(dx), int(dy), output_mode, *unroll, imshp_logical,
                kshp_logical, kshp_logical_top_aligned)
    if any(s is not None and s <= 0 for s in op.outshp()):
        raise Exception("Bad size for the output shape. Verify that [post-supersampling] input "
                        "shape (%s) and kern shape(%s) are ok. (Hint: kerns must fit inside "
                        "image in valid mode)" % (imshp_logical, kshp_logical))
    return op


def conv2d(input, filters, input_shape=None, filter_shape=None, border_mode="valid",
           subsample=(1, 1), filter_flip=True, image_shape=None, filter_dilation=(1, 1),
           num_groups=1, unshared=False, **kwargs):
    """An AbstractConv2d of ``input`` with ``filters`` (Theano's ``T.nnet.conv2d``)."""
    if "imshp_logical" in kwargs or "kshp_logical" in kwargs:
        raise ValueError(
            "Keyword arguments 'imshp_logical' and 'kshp_logical' for conv2d are not supported "
            "anymore (and have not been a reliable way to perform upsampling). That feature is "
            "still available by calling theano.tensor.nnet.conv.conv2d() for the time being.")
    if kwargs:
        warnings.warn(str(kwargs.keys()) + " are now deprecated in "
                      "`tensor.nnet.abstract_conv.conv2d` interface and will be ignored.",
                      stacklevel=2)
    if image_shape is not None:
        warnings.warn("The `image_shape` keyword argument to `tensor.nnet.conv2d` is "
                      "deprecated, it has been renamed to `input_shape`.", stacklevel=2)
        if input_shape is not None:
            raise ValueError("input_shape and image_shape should not be provided at the same "
                             "time.")
        input_shape = image_shape
    return abstract_conv2d(input, filters, input_shape, filter_shape, border_mode, subsample,
                           filter_flip, filter_dilation, num_groups, unshared)


def abstract_conv2d(input, filters, input_shape=None, filter_shape=None, border_mode="valid",
                    subsample=(1, 1), filter_flip=True, filter_dilation=(1, 1), num_groups=1,
                    unshared=False):
    """``theano.tensor.nnet.abstract_conv.conv2d``."""
    op = AbstractConv2d(input_shape, filter_shape, border_mode, subsample, filter_flip,
                        filter_dilation, num_groups, unshared)
    return op(T.as_tensor_variable(input), T.as_tensor_variable(filters))


# ------------------------------------------------------------------ gradients


def _conv2d_grad(node, out_grads):
    """gradInputs(w, gz, x.shape[-2:]) and gradWeights(x, gz, w.shape[-2:]), with the
    inputs' broadcastable patterns."""
    (bottom, weights), (top,) = node.inputs, out_grads
    params = node.op._params()
    d_bottom = AbstractConv2d_gradInputs(*params)(weights, top, bottom.shape[-2:])
    d_weights = AbstractConv2d_gradWeights(*params)(bottom, top, weights.shape[-2:])
    return [T.patternbroadcast(d_bottom, bottom.broadcastable),
            T.patternbroadcast(d_weights, weights.broadcastable)]


def _grad_weights_grad(node, out_grads):
    """gradInputs(gw, top, bottom.shape[-2:]) for the images and AbstractConv2d(bottom, gw)
    for the output gradient; the filter size is disconnected."""
    (bottom, top, _shape), (weights,) = node.inputs, out_grads
    params = node.op._params()
    d_bottom = AbstractConv2d_gradInputs(*params)(weights, top, bottom.shape[-2:])
    d_top = AbstractConv2d(*params)(bottom, weights)
    return [T.patternbroadcast(d_bottom, bottom.broadcastable),
            T.patternbroadcast(d_top, top.broadcastable), None]


def _grad_inputs_grad(node, out_grads):
    """gradWeights(gi, top, weights.shape[-2:]) for the filters and AbstractConv2d(gi,
    weights) for the output gradient; the image size is disconnected."""
    (weights, top, _shape), (bottom,) = node.inputs, out_grads
    params = node.op._params()
    d_weights = AbstractConv2d_gradWeights(*params)(bottom, top, weights.shape[-2:])
    d_top = AbstractConv2d(*params)(bottom, weights)
    return [T.patternbroadcast(d_weights, weights.broadcastable),
            T.patternbroadcast(d_top, top.broadcastable), None]


def register_gradients(rules):
    """Add the gradient rules of these ops to ``rules`` (op class -> rule)."""
    rules.update({AbstractConv2d: _conv2d_grad, AbstractConv2d_gradWeights: _grad_weights_grad,
                  AbstractConv2d_gradInputs: _grad_inputs_grad})
