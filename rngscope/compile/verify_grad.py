"""``theano.gradient.verify_grad``: a gradient checked against one-sided finite differences.

As Theano checks it: the function's output is projected on a random matrix drawn from the
caller's ``rng`` (``rng.rand(*shape) + 0.5``, a new one per test), the symbolic gradient of
that scalar is compared with the finite difference of step ``eps`` (1e-7 for float64), and
the check fails when an entry exceeds both the absolute and the relative tolerance
(1e-4 for float64).  ``numeric_grad`` and ``GradientError`` are Theano's names.
"""
from __future__ import annotations

import numpy as np

from rngscope.compile.function import function
from rngscope.shared import shared
from rngscope.tensor import basic as T
from rngscope.tensor.gradient import grad
from rngscope.tensor.variable import TensorType

__all__ = ["GradientError", "numeric_grad", "verify_grad"]

TYPE_EPS = {"float64": 1e-7, "float32": 3e-4, "float16": 1e-1}
TYPE_TOL = {"float64": 1e-4, "float32": 1e-2, "float16": 5e-2}


class numeric_grad:  # noqa: N801 (Theano's name)
    """The one-sided finite-difference gradient of a scalar ``f`` at ``pt`` (``gf``)."""

    type_eps = TYPE_EPS

    def __init__(self, f, pt, eps=None, out_type=None):
        packed = not isinstance(pt, (list, tuple))
        points = [np.array(p) for p in ([pt] if packed else pt)]
        dtypes = [str(p.dtype) for p in points]
        working = min((TYPE_EPS[d], d) for d in dtypes)[1]
        sizes = [int(np.prod(p.shape)) for p in points]
        x = np.ndarray((sum(sizes),), dtype=working)  # every input is a view of x
        gx = np.ndarray((sum(sizes),), dtype=out_type if out_type and out_type.startswith(
            "complex") else working)
        if eps is None:
            eps = max(TYPE_EPS[d] for d in dtypes)
        views, self.gf, start = [], [], 0
        for p, size in zip(points, sizes):
            view = x[start:start + size].reshape(p.shape)
            view[...] = p
            views.append(view)
            self.gf.append(gx[start:start + size].reshape(p.shape))
            start += size
        f_x = f(*[v.copy() for v in views])
        base = x.copy()
        for i in range(x.size):
            x[:] = base
            x[i] += eps
            gx[i] = (f(*views) - f_x) / eps
        if packed:
            self.gf = self.gf[0]

    @staticmethod
    def abs_rel_err(a, b):
        """``|a - b|`` and that over ``max(|a| + |b|, 1e-8)``."""
        abs_err = abs(a - b)
        rel_err = abs_err / np.maximum(abs(a) + abs(b), [1e-8])
        return np.asarray(abs_err), np.asarray(rel_err)

    def abs_rel_errors(self, g_pt):
        if len(g_pt) != len(self.gf):
            raise ValueError("argument has wrong number of elements", len(g_pt))
        errs = []
        for i, (a, b) in enumerate(zip(g_pt, self.gf)):
            if a.shape != b.shape:
                raise ValueError("argument element %i has wrong shape %s" % (i, str((a.shape, b.shape))))
            errs.append(self.abs_rel_err(a, b))
        return errs

    def max_err(self, g_pt, abs_tol, rel_tol):
        """(argument, flat position, abs error, rel error) of the worst entry, the entries
        scored by ``min(abs_err / abs_tol, rel_err / rel_tol)``."""
        worst = []
        for abs_err, rel_err in self.abs_rel_errors(g_pt):
            if not np.all(np.isfinite(abs_err)):
                raise ValueError("abs_err not finite", repr(abs_err))
            if not np.all(np.isfinite(rel_err)):
                raise ValueError("rel_err not finite", repr(rel_err))
            scaled = np.minimum(abs_err / abs_tol, rel_err / rel_tol)
            k = int(scaled.argmax())  # numpy 1.23 printed these as plain ints
            worst.append((scaled.flatten()[k], k, abs_err.flatten()[k], rel_err.flatten()[k]))
        arg = int(np.argmax([w[0] for w in worst]))
        return arg, worst[arg][1], worst[arg][2], worst[arg][3]


class GradientError(Exception):
    """The symbolic and the numeric gradient differ beyond both tolerances."""

    def __init__(self, arg, err_pos, shape, val1, val2, abs_err, rel_err, abs_tol, rel_tol):
        super().__init__()
        self.arg, self.err_pos, self.shape = arg, err_pos, shape
        self.val1, self.val2 = val1, val2
        self.abs_err, self.rel_err, self.abs_tol, self.rel_tol = abs_err, rel_err, abs_tol, rel_tol

    def __str__(self):
        args_msg = ", ".join(str(a) for a in self.args)
        return (
            "GradientError: numeric gradient and analytic gradient exceed tolerance:\n"
            "        At position %i of argument %i with shape %s,\n"
            "            val1 = %f      ,  val2 = %f\n"
            "            abs. error = %f,  abs. tolerance = %f\n"
            "            rel. error = %f,  rel. tolerance = %f\n"
            "Exception args: %s" % (self.err_pos, self.arg, self.shape, self.val1, self.val2,
                                    self.abs_err, self.abs_tol, self.rel_err, self.rel_tol,
                                    args_msg))


def verify_grad(fun, pt, n_tests=2, rng=None, eps=None, out_type=None, abs_tol=None,
                rel_tol=None, mode=None, cast_to_output_type=False, no_debug_ref=True):
    """Raise GradientError when ``fun``'s gradient at ``pt`` disagrees with the finite
    difference on any of ``n_tests`` random projections (``rng``: a RandomState)."""
    assert isinstance(pt, (list, tuple))
    pt = [np.array(p) for p in pt]
    for i, p in enumerate(pt):
        if p.dtype not in ("float16", "float32", "float64"):
            raise TypeError('verify_grad can work only with floating point inputs, but input '
                            '%i has dtype "%s".' % (i, p.dtype))
    if abs_tol is None:
        abs_tol = max(TYPE_TOL[str(p.dtype)] for p in pt)
    if rel_tol is None:
        rel_tol = max(TYPE_TOL[str(p.dtype)] for p in pt)
    if rng is None:
        raise TypeError("rng should be a valid instance of numpy.random.RandomState. You may "
                        "want to use theano.tests.unittest_tools.verify_grad instead of "
                        "theano.gradient.verify_grad.")

    def compiled(inputs, output, name):
        return function(inputs, output, allow_input_downcast=True, mode=mode,
                        on_unused_input="ignore", name=name)

    inputs = []
    for i, p in enumerate(pt):
        like = T.as_tensor_variable(p)
        inputs.append(TensorType(like.dtype, like.broadcastable)(name="input %i" % i))
    output = fun(*inputs)
    if isinstance(output, list):
        raise NotImplementedError("cant (yet) autotest gradient of fun with multiple outputs")
    out_value = compiled(inputs, output, "gradient.py fwd")(*[p.copy() for p in pt])
    if isinstance(out_value, (tuple, list)):
        raise TypeError("It seems like you are trying to use verify_grad on an op or a function "
                        "which outputs a list: there should be a single (array-like) output "
                        "instead")

    def random_projection():
        plain = rng.rand(*out_value.shape) + 0.5
        if cast_to_output_type and output.dtype == "float32":
            return np.array(plain, output.dtype)
        return plain

    projection = shared(random_projection(), name="random_projection")
    cost = T.sum(projection * output)
    cost_fn = compiled(inputs, cost, "gradient.py cost")
    grad_fn = compiled(inputs, grad(cost, inputs, disconnected_inputs="ignore"),
                       "gradient.py symbolic grad")
    for test in range(n_tests):
        try:
            numeric = numeric_grad(cost_fn, [p.copy() for p in pt], eps, out_type)
            analytic = grad_fn(*[p.copy() for p in pt])
            arg, pos, abs_err, rel_err = numeric.max_err(analytic, abs_tol, rel_tol)
            if abs_err > abs_tol and rel_err > rel_tol:
                raise GradientError(arg, pos, analytic[arg].shape, analytic[arg].flatten()[pos],
                                    numeric.gf[arg].flatten()[pos], abs_err, rel_err, abs_tol,
                                    rel_tol)
            if test < n_tests - 1:
                projection.set_value(random_projection(), borrow=True)
        except Exception as e:
            e.args += ("\nThe error happened with the following inputs:", pt,
                       "\nThe value of eps is:", eps, "\nThe out_type is:", out_type)
            raise
verify_grad.E_grad = GradientError  # Theano's scripts catch it by this name
