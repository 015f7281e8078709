# Covers: dot plus a matrix input (T.dot(x, u) + b, b + 2*dot, dot(u, x) - b) becoming Gemm{no_inplace} (input b not destroyed), with alpha/beta constants.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=37)
x = T.dmatrix('x')
b = T.dmatrix('b')
u = srng.uniform((2, 2))
f = theano.function([x, b], T.dot(x, u) + b)
theano.printing.debugprint(f)
xv = np.array([[1.0, 2.0], [3.0, 4.0]])
bv = np.ones((2, 2))
show("gemm", f(xv, bv))
g = theano.function([x, b], [b + 2 * T.dot(x, u), T.dot(u, x) - b])
theano.printing.debugprint(g)
p, q = g(xv, bv)
show("b_plus_2dot", p)
show("dot_minus_b", q)
