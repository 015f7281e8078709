"""``theano.gradient.jacobian`` and ``hessian``: one gradient per element, by a scan.

Both loop ``T.grad`` over the elements of a vector with ``theano.scan`` (the
element's index is the sequence, the vector and the wrt the non-sequences), so
their compiled form is a loop, as in Theano.
"""
from __future__ import annotations

from rngscope.compile.scan import scan
from rngscope.tensor import basic as T
from rngscope.tensor import nnet
from rngscope.tensor.gradient import grad

__all__ = ["hessian", "jacobian"]


def _as_list(wrt):
    return list(wrt) if isinstance(wrt, (list, tuple)) else [wrt]


def _format_as(like, outputs):
    """``outputs`` (a variable or a list) in the form ``like`` (the wrt argument) has."""
    outputs = outputs if isinstance(outputs, list) else [outputs]
    if isinstance(like, list):
        return list(outputs)
    if isinstance(like, tuple):
        return tuple(outputs)
    return outputs[0]


def jacobian(expression, wrt, consider_constant=None, disconnected_inputs="raise"):
    """d expression[i] / d wrt for each element i of the vector ``expression``."""
    expression = T.as_tensor_variable(expression)
    if expression.ndim == 0:
        return grad(expression, wrt, consider_constant=consider_constant,
                    disconnected_inputs=disconnected_inputs)
    assert expression.ndim == 1, ("tensor.jacobian expects a 1 dimensional variable as "
                                  "`expression`. If not use flatten to make it a vector")
    wrt_list = _as_list(wrt)

    def element_grads(index, expr, *inputs):
        return [grad(expr[index], inp, consider_constant=consider_constant,
                     disconnected_inputs=disconnected_inputs) for inp in inputs]

    jacobs, updates = scan(element_grads, sequences=nnet.arange(expression.shape[0]),
                           non_sequences=[expression] + wrt_list)
    assert not updates, "Scan has returned a list of updates. This should not happen! Report this to theano-users (also include the script that generated the error)"
    return _format_as(wrt, jacobs)


def hessian(cost, wrt, consider_constant=None, disconnected_inputs="raise"):
    """The matrix of second derivatives of the scalar ``cost`` for each vector in ``wrt``."""
    cost = T.as_tensor_variable(cost)
    assert cost.ndim == 0, "tensor.hessian expects a 0 dimensional variable as `cost`"
    hessians = []
    for inp in _as_list(wrt):
        assert inp.ndim == 1, ("tensor.hessian expects a (list of) 1 dimensional variable as "
                               "`wrt`")
        expr = grad(cost, inp, consider_constant=consider_constant,
                    disconnected_inputs=disconnected_inputs)
        hess, updates = scan(
            lambda i, y, x: grad(y[i], x, consider_constant=consider_constant,
                                 disconnected_inputs="ignore"),
            sequences=nnet.arange(expr.shape[0]), non_sequences=[expr, inp])
        assert not updates, "Scan has returned a list of updates. This should not happen! Report this to theano-users (also include the script that generated the error)"
        hessians.append(hess)
    return _format_as(wrt, hessians)
