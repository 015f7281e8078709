# Covers: the linear-algebra helpers of theano.tensor a model reaches for: T.tensordot with axes as an int and as lists, T.batched_dot of two 3-D batches (attention scores), T.eye and T.identity_like, T.diag of a vector and of a matrix, T.tile, T.repeat along an axis, T.roll, T.swapaxes, theano.tensor.nlinalg.matrix_inverse / det / trace in a ridge-regression solve, and the gradients of a tensordot and a batched_dot.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor import nlinalg


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(5)
A = T.dtensor3('A')
B = T.dtensor3('B')
M = T.dmatrix('M')
v = T.dvector('v')
Av = rng.uniform(-1, 1, (2, 3, 4))
Bv = rng.uniform(-1, 1, (2, 4, 3))
Mv = rng.uniform(-1, 1, (3, 3))
vv = np.array([1.0, 2.0, 3.0])
P = T.dmatrix('P')
Pv = rng.uniform(-1, 1, (4, 2))
f = theano.function([A, B, M, v, P], [T.tensordot(A, P, axes=1), T.tensordot(A, B, axes=[[1, 2], [2, 1]]),
                                   T.batched_dot(A, B), T.eye(3), T.identity_like(M), T.diag(v), T.diag(M),
                                   T.tile(v, (2, 1)), T.repeat(M, 2, axis=0), T.roll(v, 1), T.swapaxes(A, 0, 2)])
for out in f(Av, Bv, Mv, vv, Pv):
    show("out", out)
X = T.dmatrix('X')
y = T.dvector('y')
lam = T.dscalar('lam')
XtX = T.dot(X.T, X) + lam * T.eye(X.shape[1])
w = T.dot(nlinalg.matrix_inverse(XtX), T.dot(X.T, y))
solve = theano.function([X, y, lam], [w, nlinalg.det(XtX), nlinalg.trace(XtX)])
Xv = rng.uniform(-1, 1, (5, 3))
yv = rng.uniform(-1, 1, 5)
for out in solve(Xv, yv, 0.1):
    show("ridge", out)
gA = T.grad(T.sum(T.tensordot(A, B, axes=[[1, 2], [2, 1]]) ** 2), A)
gB = T.grad(T.sum(T.batched_dot(A, B) * 0.5), B)
g = theano.function([A, B], [gA, gB])
for out in g(Av, Bv):
    show("grad", out)
