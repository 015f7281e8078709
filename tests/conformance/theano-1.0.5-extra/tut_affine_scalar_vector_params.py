# Covers: a*u+b affine maps on random draws with a shared scalar slope and dscalar offset, a dvector slope times a (2, 3) uniform plus a constant row bias, and a*n+b with python float params.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=101)
u = srng.uniform((2, 3))
a = theano.shared(2.5, name='a')
b = T.dscalar('b')
f = theano.function([b], a * u + b)
theano.printing.debugprint(f)
show("f", f(-1.0))
w = T.dvector('w')
c = np.array([0.5, 1.0, -1.0])
g = theano.function([w], w * u + c)
theano.printing.debugprint(g)
show("g", g(np.array([1.0, 2.0, 3.0])))
n = srng.normal((4,))
h = theano.function([], 3.0 * n + 0.25)
theano.printing.debugprint(h)
show("h", h())
