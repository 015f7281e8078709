# Covers: gradients of reductions: sum (full, axis=0, keepdims), mean (full and axis=1), max (full and axis=0, ties), min, prod (with and without a zero), and var; values of each gradient w.r.t. a 2x3 input.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
xv = np.array([[1.0, 3.0, 2.0], [3.0, -1.0, 0.5]])
xz = np.array([[1.0, 0.0, 2.0], [3.0, -1.0, 0.5]])
w = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
cases = [("sum", T.sum(x * w)),
         ("sum_axis0", T.sum(T.sum(x, axis=0) ** 2)),
         ("sum_keepdims", T.sum(x.sum(axis=1, keepdims=True) * x)),
         ("mean", T.mean(x * w)),
         ("mean_axis1", T.sum(T.mean(x, axis=1) ** 2)),
         ("max", T.max(x)),
         ("max_axis0", T.sum(T.max(x, axis=0) * np.array([1.0, 2.0, 3.0]))),
         ("min_axis1", T.sum(T.min(x, axis=1))),
         ("prod", T.prod(x)),
         ("prod_axis1", T.sum(T.prod(x, axis=1))),
         ("var", T.var(x))]
for label, c in cases:
    f = theano.function([x], T.grad(c, x), name=label)
    show(label, f(xv))
    if label.startswith("prod"):
        show(label + "_zero", f(xz))
