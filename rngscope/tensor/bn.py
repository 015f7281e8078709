"""Batch normalization as Theano 1.0.5's ``theano.tensor.nnet.bn`` builds it.

``batch_normalization`` is elementwise: 'low_mem' one ``Elemwise{BNComposite}`` (a Composite
``(x - mean) / std * gamma + beta`` with its own scalar gradient), 'high_mem' the plain
expression.  ``batch_normalization_train`` / ``_test`` build the abstract ops
(AbstractBatchNormTrain, AbstractBatchNormInference, and AbstractBatchNormTrainGrad for the
training op's gradient), which the compiler's specialize_device pass (FAST_RUN and
FAST_COMPILE) replaces by the elementwise graphs ``expand_*`` build; an unoptimized
function runs their ``perform``.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rngscope.graph.basic import Apply, Op
from rngscope.graph.types import floatx, upcast
from rngscope.tensor import basic as T
from rngscope.tensor import scalar as scal
from rngscope.tensor.elemwise import Elemwise

__all__ = ["AbstractBatchNormInference", "AbstractBatchNormTrain", "AbstractBatchNormTrainGrad",
           "BN_CONNECTIONS", "batch_normalization", "batch_normalization_test",
           "batch_normalization_train", "bn_composite", "expand_inference", "expand_train",
           "expand_train_grad", "register_gradients", "register_scalar_gradients"]


def bn_composite(dtype):
    """Theano's BNComposite: ``((x - mean) / std) * gamma + beta`` of five scalars."""
    program = ((scal.sub, (("i", 0), ("i", 1))), (scal.true_div, (("t", 0), ("i", 2))),
               (scal.mul, (("t", 1), ("i", 3))), (scal.add, (("t", 2), ("i", 4))))
    return scal.Composite(program, 5, dtype, cls="BNComposite")


def _bn_composite_grad(xs, z, gz):
    """BNComposite's own gradient (dx, dmean, dstd, dgamma, dbeta), as Theano writes it."""
    x, mean, std, gamma, _beta = xs
    top_gamma = gz * gamma
    x_mean = x - mean
    dx = top_gamma / std
    dmean = -dx
    dstd = -(top_gamma * x_mean) / (std * std)
    dgamma = gz * x_mean / std
    return [dx, dmean, dstd, dgamma, gz]


def batch_normalization(inputs, gamma, beta, mean, std, mode="low_mem"):
    """``(inputs - mean) / std * gamma + beta``: one fused node ('low_mem') or the plain
    expression ``(inputs - mean) * (gamma / std) + beta`` ('high_mem')."""
    if mode == "low_mem":
        return Elemwise(bn_composite(inputs.dtype))(inputs, mean, std, gamma, beta)
    if mode == "high_mem":
        return (inputs - mean) * (gamma / std) + beta
    raise ValueError('mode must be either "low_mem", "high_mem"')


def _common(*vs):
    """The variables cast to their common dtype (Theano's as_common_dtype)."""
    dtype = upcast(*(v.dtype for v in vs))
    return [T.cast(v, dtype) for v in vs]


def _check_axes(axes, ndim):
    if min(axes) < 0 or max(axes) >= ndim:
        raise ValueError("axes should be less than ndim (<%d), but %s given" % (ndim, str(axes)))


class _AxesOp(Op):
    """An op whose one parameter is the tuple of normalized axes."""

    def __str__(self):
        return "%s{axes=%s}" % (type(self).__name__, self.axes)


@dataclass(frozen=True)
class AbstractBatchNormTrain(_AxesOp):
    """(out, mean, invstd[, new running mean, new running var]) of x normalized over axes."""

    axes: tuple = (0,)

    def make_node(self, x, scale, bias, epsilon=1e-4, running_average_factor=0.1,
                  running_mean=None, running_var=None):
        x, scale, bias = (T.as_tensor_variable(v) for v in (x, scale, bias))
        epsilon = T.as_tensor_variable(epsilon)
        factor = T.as_tensor_variable(running_average_factor)
        running = [] if running_mean is None else [T.as_tensor_variable(running_mean),
                                                   T.as_tensor_variable(running_var)]
        x, scale, bias, *running = _common(x, scale, bias, *running)
        outputs = [x.type, scale.type, scale.type] + [scale.type] * len(running)
        return Apply(self, [x, scale, bias, epsilon, factor] + running, outputs)

    def infer_shape(self, node, shapes):
        return [shapes[0]] + [shapes[1]] * (len(node.outputs) - 1)

    def perform(self, node, inputs):
        x, scale, bias, epsilon, factor = inputs[:5]
        _check_axes(self.axes, x.ndim)
        mean = x.mean(self.axes, keepdims=True)
        var = x.var(self.axes, keepdims=True)
        invstd = 1.0 / np.sqrt(var + epsilon)
        out = [(x - mean) * (scale * invstd) + bias, mean, invstd]
        if len(inputs) > 5:
            out.append(inputs[5] * (1.0 - factor) + mean * factor)
            m = float(np.prod(x.shape) / np.prod(scale.shape))
            out.append(inputs[6] * (1.0 - factor) + (m / (m - 1)) * var * factor)
        return [np.asarray(v, dtype=o.type.dtype) for v, o in zip(out, node.outputs)]


@dataclass(frozen=True)
class AbstractBatchNormInference(_AxesOp):
    """x normalized with a given mean and variance."""

    axes: tuple = (0,)

    def make_node(self, x, scale, bias, estimated_mean, estimated_variance, epsilon=1e-4):
        x, scale, bias, mean, var = _common(*(T.as_tensor_variable(v) for v in (
            x, scale, bias, estimated_mean, estimated_variance)))
        return Apply(self, [x, scale, bias, mean, var, T.as_tensor_variable(epsilon)], [x.type])

    def infer_shape(self, node, shapes):
        return [shapes[0]]

    def perform(self, node, inputs):
        x, scale, bias, mean, var, epsilon = inputs
        out = (x - mean) * (scale / np.sqrt(var + epsilon)) + bias
        return [np.asarray(out, dtype=node.outputs[0].type.dtype)]


@dataclass(frozen=True)
class AbstractBatchNormTrainGrad(_AxesOp):
    """The gradients of AbstractBatchNormTrain's out with respect to x, scale and bias."""

    axes: tuple = (0,)

    def make_node(self, x, dy, scale, x_mean, x_invstd, epsilon=1e-4):
        x, dy, scale, x_mean, x_invstd = _common(*(T.as_tensor_variable(v) for v in (
            x, dy, scale, x_mean, x_invstd)))
        return Apply(self, [x, dy, scale, x_mean, x_invstd, T.as_tensor_variable(epsilon)],
                     [x.type, scale.type, scale.type])

    def infer_shape(self, node, shapes):
        return [shapes[0], shapes[2], shapes[2]]

    def perform(self, node, inputs):
        x, dy, scale, x_mean, x_invstd, _epsilon = inputs
        axes = self.axes
        _check_axes(axes, x.ndim)
        x_diff = x - x_mean
        mean_dy_x_diff = np.mean(dy * x_diff, axis=axes, keepdims=True)
        c = (dy * x_invstd) - (x_diff * mean_dy_x_diff * (x_invstd ** 3))
        out = [scale * (c - np.mean(c, axis=axes, keepdims=True)),
               np.sum(dy * x_invstd * x_diff, axis=axes, keepdims=True),
               np.sum(dy, axis=axes, keepdims=True)]
        return [np.asarray(v, dtype=o.type.dtype) for v, o in zip(out, node.outputs)]


# ------------------------------------------------------------------ user functions


def _prepare_axes(axes, ndim):
    if axes == "per-activation":
        axes = (0,)
    elif axes == "spatial":
        axes = (0,) + tuple(range(2, ndim))
    elif isinstance(axes, (tuple, list, np.ndarray)):
        axes = tuple(int(a) for a in axes)
    else:
        raise ValueError("invalid axes: %s", str(axes))
    axes = tuple(sorted(axes))
    if len(axes) == 0:
        raise ValueError("there should be at least one normalization axis")
    if min(axes) < 0 or max(axes) >= ndim:
        raise ValueError("axes should be less than ndim (<%d), but %s given" % (ndim, str(axes)))
    return axes, tuple(i for i in range(ndim) if i not in axes)


def _params_layout(gamma, ndim, non_bc_axes):
    """(params_ndim, the dimshuffle pattern that gives the params x's dimensions or None)."""
    if gamma.ndim == ndim:
        return ndim, None
    pattern = ["x"] * ndim
    for i, axis in enumerate(non_bc_axes):
        pattern[axis] = i
    return len(non_bc_axes), pattern


def _as_params(vs, pattern, axes):
    vs = [T.as_tensor_variable(v) for v in vs]
    if pattern is not None:
        return [v.dimshuffle(pattern) for v in vs]
    return [T.addbroadcast(v, *axes) for v in vs]


def _epsilon(epsilon):
    epsilon = np.asarray(epsilon, dtype=floatx())
    if epsilon < 1e-5:
        raise ValueError("epsilon must be at least 1e-5, got %s" % str(epsilon))
    return epsilon


def batch_normalization_train(inputs, gamma, beta, axes="per-activation", epsilon=1e-4,
                              running_average_factor=0.1, running_mean=None, running_var=None):
    """(out, mean, invstd[, new running mean, new running var]) of ``inputs`` normalized
    with its own statistics over ``axes``."""
    ndim = inputs.ndim
    axes, non_bc_axes = _prepare_axes(axes, ndim)
    params_ndim, pattern = _params_layout(gamma, ndim, non_bc_axes)
    if gamma.ndim != params_ndim or beta.ndim != params_ndim:
        raise ValueError("gamma and beta dimensionality must match the number of non-normalized "
                         "axes, or have the same number of dimensions as the inputs; got %d and %d "
                         "instead of %d" % (gamma.ndim, beta.ndim, params_ndim))
    if (running_mean is None) != (running_var is None):
        raise ValueError("running_mean and running_var must either both be given or both be None")
    for name, v in (("running_mean", running_mean), ("running_var", running_var)):
        if v is not None and v.ndim != params_ndim:
            raise ValueError("%s must be of the same dimensionality as gamma and beta; got %d "
                             "instead of %d" % (name, v.ndim, params_ndim))
    epsilon = _epsilon(epsilon)
    inputs = T.as_tensor_variable(inputs)
    gamma, beta = _as_params([gamma, beta], pattern, axes)
    op = AbstractBatchNormTrain(axes)
    if running_mean is not None:
        running_mean, running_var = _as_params([running_mean, running_var], pattern, axes)
        results = list(op(inputs, gamma, beta, epsilon, running_average_factor,
                          running_mean, running_var))
        results[3] = T.patternbroadcast(results[3], running_mean.broadcastable)
        results[4] = T.patternbroadcast(results[4], running_var.broadcastable)
    else:
        results = list(op(inputs, gamma, beta, epsilon))
    if pattern is not None:
        results = results[:1] + [r.dimshuffle(non_bc_axes) for r in results[1:]]
    return tuple(results)


def batch_normalization_test(inputs, gamma, beta, mean, var, axes="per-activation", epsilon=1e-4):
    """``inputs`` normalized with the given mean and variance over ``axes``."""
    ndim = inputs.ndim
    axes, non_bc_axes = _prepare_axes(axes, ndim)
    params_ndim, pattern = _params_layout(gamma, ndim, non_bc_axes)
    if gamma.ndim != params_ndim or beta.ndim != params_ndim:
        raise ValueError("gamma and beta dimensionality must match the number of non-normalized "
                         "axes, or have the same number of dimensions as the inputs; got %d and %d "
                         "instead of %d" % (gamma.ndim, beta.ndim, params_ndim))
    if mean.ndim != params_ndim or var.ndim != params_ndim:
        raise ValueError("mean and var must be of the same dimensionality as gamma and beta; "
                         "got %d and %d instead of %d" % (mean.ndim, var.ndim, params_ndim))
    epsilon = _epsilon(epsilon)
    gamma, beta, mean, var = _as_params([gamma, beta, mean, var], pattern, axes)
    return AbstractBatchNormInference(axes)(inputs, gamma, beta, mean, var, epsilon)


# ------------------------------------------------------------------ the compiler's expansions


def _same_patterns(results, outputs):
    return [T.patternbroadcast(r, o.broadcastable) for r, o in zip(results, outputs)]


def expand_train(node):
    """AbstractBatchNormTrain's outputs as elementwise graphs (Theano's
    local_abstract_batch_norm_train)."""
    x, scale, bias, epsilon, factor = node.inputs[:5]
    axes = node.op.axes
    mean = x.mean(axes, keepdims=True)
    var = x.var(axes, keepdims=True)
    if var.dtype == "float32" and epsilon.dtype == "float64":
        epsilon = epsilon.astype("float32")
    invstd = T.inv(T.sqrt(var + epsilon))
    results = [(x - mean) * (scale * invstd) + bias, mean, invstd]
    if len(node.inputs) > 5:
        results.append(node.inputs[5] * (1.0 - factor) + mean * factor)
        m = T.cast(T.prod(x.shape) / T.prod(scale.shape), floatx())
        results.append(node.inputs[6] * (1.0 - factor) + (m / (m - 1)) * var * factor)
    return _same_patterns(results, node.outputs)


def expand_train_grad(node):
    """AbstractBatchNormTrainGrad's outputs as elementwise graphs (Theano's
    local_abstract_batch_norm_train_grad)."""
    x, dy, scale, x_mean, x_invstd, _epsilon = node.inputs
    axes = node.op.axes
    x_diff = x - x_mean
    mean_dy_x_diff = T.mean(dy * x_diff, axis=axes, keepdims=True)
    c = (dy * x_invstd) - x_diff * (mean_dy_x_diff * (x_invstd ** 3))
    results = [scale * (c - T.mean(c, axis=axes, keepdims=True)),
               T.sum(dy * x_invstd * x_diff, axis=axes, keepdims=True),
               T.sum(dy, axis=axes, keepdims=True)]
    return _same_patterns(results, node.outputs)


def expand_inference(node):
    """AbstractBatchNormInference's output as an elementwise graph (Theano's
    local_abstract_batch_norm_inference)."""
    x, scale, bias, mean, var, epsilon = node.inputs
    if var.dtype == "float32" and epsilon.dtype == "float64":
        epsilon = epsilon.astype("float32")
    result = (x - mean) * (scale / T.sqrt(var + epsilon)) + bias
    return _same_patterns([result], node.outputs)


# ------------------------------------------------------------------ gradients


def _train_grad(node, out_grads):
    """x, scale and bias get AbstractBatchNormTrainGrad's outputs; epsilon, the factor and
    the running averages nothing."""
    x, scale, _bias, epsilon = node.inputs[:4]
    _, x_mean, x_invstd = node.outputs[:3]
    grads = AbstractBatchNormTrainGrad(node.op.axes)(x, out_grads[0], scale, x_mean, x_invstd,
                                                     epsilon)
    return list(grads) + [None] * (len(node.inputs) - 3)


def _inference_grad(node, out_grads):
    x, scale, bias, mean, var, epsilon = node.inputs
    (dy,) = out_grads
    axes = node.op.axes
    _check_axes(axes, x.ndim)
    scale, bias, mean, var = (T.addbroadcast(t, *axes) for t in (scale, bias, mean, var))
    var_eps = var + epsilon
    std = T.sqrt(var_eps)
    two = T.constant(2.0)
    dx = dy * (scale / std)
    dscale = (dy * (x - mean)).sum(axes, keepdims=True) / std
    dbias = dy.sum(axes, keepdims=True)
    dmean = -dy.sum(axes, keepdims=True) * (scale / std)
    dvar = -(dy * (x - mean)).sum(axes, keepdims=True) * (scale / (two * var_eps * std))
    return [dx, dscale, dbias, dmean, dvar, None]


def _train_grad_grad(node, out_grads):
    """AbstractBatchNormTrainGrad's own gradient (Theano's), term by term for the outputs
    the cost reaches; an input no term reaches is disconnected."""
    x, dy, scale, x_mean, x_invstd, _epsilon = node.inputs
    ddinputs, ddscale, ddbias = out_grads
    axes = node.op.axes
    x_diff = x - x_mean
    mean_dy_x_diff = T.mean(dy * x_diff, axis=axes, keepdims=True)
    g_x = g_dy = g_scale = g_mean = g_invstd = 0
    if ddinputs is not None:
        ccc = scale * (ddinputs - T.mean(ddinputs, axis=axes, keepdims=True))
        ddd = (x_invstd ** 3) * (ccc * T.mean(dy * x_diff, axis=axes, keepdims=True)
                                 + dy * T.mean(ccc * x_diff, axis=axes, keepdims=True))
        g_x = g_x - ddd
        g_dy = g_dy + ((ccc * x_invstd) - ((x_invstd ** 3) * x_diff
                                           * T.mean(ccc * x_diff, axis=axes, keepdims=True)))
        eee = (dy * x_invstd) - ((x_invstd ** 3) * x_diff * mean_dy_x_diff)
        g_scale = g_scale + T.sum(ddinputs * (eee - T.mean(eee, axis=axes, keepdims=True)),
                                  axis=axes, keepdims=True)
        g_mean = g_mean + T.sum(ddd, axis=axes, keepdims=True)
        g_invstd = g_invstd + T.sum(ccc * (dy - 3 * (x_invstd ** 2) * x_diff * mean_dy_x_diff),
                                    axis=axes, keepdims=True)
    if ddscale is not None:
        g_x = g_x + (x_invstd * ddscale * dy)
        g_dy = g_dy + (x_invstd * ddscale * x_diff)
        g_mean = g_mean - (x_invstd * ddscale * T.sum(dy, axis=axes, keepdims=True))
        g_invstd = g_invstd + (ddscale * T.sum(dy * x_diff, axis=axes, keepdims=True))
    if ddbias is not None:
        g_dy = g_dy + T.fill(dy, ddbias)
    return [None if type(g) is int else g for g in (g_x, g_dy, g_scale, g_mean, g_invstd)] + [None]


_train_grad_grad.sees_disconnected = True  # an output the cost does not reach adds no term


def _train_connections(node):
    """Theano's AbstractBatchNormTrain.connection_pattern."""
    reach = [[True] * 3, [True] * 3, [True] * 3, [False] * 3, [False] * 3]
    for i in range(5, len(node.inputs)):
        reach[0].append(True)
        for row in reach[1:]:
            row.append(False)
        reach.append([False] * (3 + i - 5) + [True])
    return reach


def _grad_connections(node):
    """Theano's AbstractBatchNormTrainGrad.connection_pattern."""
    return [[True, True, False], [True, True, True], [True, False, False], [True, True, False],
            [True, True, False], [False, False, False]]


BN_CONNECTIONS = {
    AbstractBatchNormTrain: _train_connections,
    AbstractBatchNormInference: lambda node: [[True]] * 5 + [[False]],
    AbstractBatchNormTrainGrad: _grad_connections,
}


def register_gradients(rules):
    """Add the gradient rules of these ops to ``rules`` (op class -> rule)."""
    rules.update({AbstractBatchNormTrain: _train_grad, AbstractBatchNormInference: _inference_grad,
                  AbstractBatchNormTrainGrad: _train_grad_grad})


def register_scalar_gradients(rules):
    """Add BNComposite's scalar gradient rule to ``rules`` (scalar class -> rule)."""
    rules["BNComposite"] = _bn_composite_grad
