# Covers: T.dot of random and input tensors: matrix x matrix (Dot22), matrix x vector and vector x matrix (Gemv), vector x vector.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=36)
A = srng.uniform((2, 3))
v = srng.normal((3,))
w = T.dvector('w')
M = T.dmatrix('M')
f = theano.function([M, w], [T.dot(A, M), T.dot(A, v), T.dot(w, A), T.dot(v, v)])
theano.printing.debugprint(f)
Mv = np.arange(6.0).reshape(3, 2)
wv = np.array([1.0, -1.0])
for name, r in zip(["mm", "mv", "vm", "vv"], f(Mv, wv)):
    show(name, r)
