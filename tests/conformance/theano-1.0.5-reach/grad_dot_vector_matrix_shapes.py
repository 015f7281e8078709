# Covers: T.dot in all its 1-d / 2-d combinations and their gradients: vector.vector (a scalar), vector.matrix, matrix.vector, matrix.matrix, a row-vector times its transpose, T.dot with a broadcastable row, and a bilinear form x^T W y; values, gradients w.r.t. each argument and the gradient dtypes/shapes.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


a = T.dvector('a')
b = T.dvector('b')
M = T.dmatrix('M')
N = T.dmatrix('N')
r = T.drow('r')
av = np.array([1.0, -2.0, 0.5])
bv = np.array([0.25, 1.0, -1.5])
Mv = np.array([[1.0, 2.0, 0.0], [-1.0, 0.5, 3.0]])
Nv = np.array([[0.5, -0.5], [1.0, 2.0], [0.0, 1.0]])
rv = np.array([[2.0, -1.0, 0.5]])
inputs = [a, b, M, N, r]
values = [av, bv, Mv, Nv, rv]
cases = [
    ("vv", T.dot(a, b)),
    ("vm", T.sum(T.dot(a, N) ** 2)),
    ("mv", T.sum(T.tanh(T.dot(M, a)))),
    ("mm", T.sum(T.dot(M, N) * 0.5)),
    ("row_rowT", T.sum(T.dot(r, r.T))),
    ("row_N", T.sum(T.dot(r, N))),
    ("bilinear", T.dot(a, T.dot(N, T.dot(M, b)))),
]
for name, c in cases:
    grads = T.grad(c, inputs, disconnected_inputs='ignore')
    f = theano.function(inputs, [c] + grads, name=name)
    out = f(*values)
    print(name, float(out[0]))
    for var, g in zip(inputs, out[1:]):
        if np.any(g):
            show("  d" + var.name, g)
