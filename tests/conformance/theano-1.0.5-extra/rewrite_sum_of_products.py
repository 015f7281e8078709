# Covers: sums of products: T.sum(u * n, axis=1) of two random matrices, (u * x).sum(axis=0) with an input, T.sum(u * n) full, and a weighted average sum(w * u) / sum(w).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=425)
u = srng.uniform((2, 3))
n = srng.normal((2, 3))
x = T.dmatrix('x')
w = T.dvector('w')
f = theano.function([x, w], [T.sum(u * n, axis=1), (u * x).sum(axis=0), T.sum(u * n), T.sum(w * u[0]) / T.sum(w)], name='f')
theano.printing.debugprint(f)
for name, r in zip(["sum1", "sum0_x", "sumall", "wavg"], f(np.ones((2, 3)), np.array([1.0, 2.0, 3.0]))):
    show(name, r)
