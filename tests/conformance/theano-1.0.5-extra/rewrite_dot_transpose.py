# Covers: dot with transposes: T.dot(u, u.T) (Gram matrix of a draw), T.dot(u.T, x) with an input, T.dot(x.T, n) matrix-vector, and T.dot(n, n) of a vector with itself.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=424)
u = srng.uniform((2, 3))
n = srng.normal((2,))
x = T.dmatrix('x')
f = theano.function([x], [T.dot(u, u.T), T.dot(u.T, x), T.dot(x.T, n), T.dot(n, n)], name='f')
theano.printing.debugprint(f)
for name, r in zip(["gram", "uT_x", "xT_n", "n_n"], f(np.array([[1.0, 0.0], [2.0, 1.0]]))):
    show(name, r)
