# Covers: reductions asked for an axis the tensor lacks, as training code gets wrong when a cost is written for a matrix and given a vector: T.sum / T.mean / T.prod / T.max / x.sum / T.var over axis=1 of a vector, axis=-2 of a vector, axis=(0, 2) and axis=2 of an unnamed matrix (dot(x, W)) and keepdims=True; each raises ValueError 'Not enough dimensions on <variable> to reduce on axis <axis>' as it is built (type and message), while axis=-1 and axis=(0, 1) of a matrix build and compile.
import numpy as np
import theano
import theano.tensor as T


def attempt(label, fn):
    try:
        out = fn()
        print(label, "ok", out.ndim)
    except Exception as e:
        print(label, type(e).__name__, str(e).split("\n")[0])


b = T.dvector('b')
x = T.dmatrix('x')
W = theano.shared(np.eye(2), name='W')
h = T.dot(x, W)
attempt("sum_vec_axis1", lambda: T.sum(b, axis=1))
attempt("mean_vec_axis1", lambda: T.mean(b, axis=1))
attempt("prod_vec_axis1", lambda: T.prod(b, axis=1))
attempt("max_vec_axis1", lambda: T.max(b, axis=1))
attempt("method_sum_axis1", lambda: b.sum(axis=1))
attempt("var_vec_axis1", lambda: T.var(b, axis=1))
attempt("sum_vec_axis_minus2", lambda: T.sum(b, axis=-2))
attempt("sum_keepdims_axis1", lambda: T.sum(b, axis=1, keepdims=True))
attempt("sum_dot_axes_0_2", lambda: T.sum(h, axis=(0, 2)))
attempt("mean_dot_axis2", lambda: T.mean(h, axis=2))
attempt("sum_dot_axis_minus1", lambda: T.sum(h, axis=-1))
attempt("mean_dot_axes_0_1", lambda: T.mean(h, axis=(0, 1)))
f = theano.function([x], [T.sum(h, axis=-1), T.mean(h, axis=(0, 1))])
for out in f(np.array([[1.0, 2.0], [3.0, 4.0]])):
    print(np.asarray(out).tolist())
