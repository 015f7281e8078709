# Covers: matrix-vector dot plus a vector input (T.dot(A, v) + c, c - 3*dot): Gemv{inplace} on AllocEmpty plus a separate Add/Composite, shared Gemv node.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=46)
A = srng.uniform((3, 2))
v = T.dvector('v')
c = T.dvector('c')
f = theano.function([v, c], [T.dot(A, v) + c, c - 3 * T.dot(A, v)])
theano.printing.debugprint(f)
a, b = f(np.array([1.0, 2.0]), np.array([10.0, 20.0, 30.0]))
show("dot_plus_c", a)
show("c_minus_3dot", b)
