# Covers: T.mean(u, axis=1) + x and x * T.mean(n) for random matrices and an input vector: Sum plus division by the axis length, full mean, fusion with the input.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=67)
x = T.dvector('x')
u = srng.uniform((3, 4))
n = srng.normal((2, 5))
f = theano.function([x], T.mean(u, axis=1) + x)
theano.printing.debugprint(f)
show("f0", f(np.array([0.0, 1.0, 2.0])))
g = theano.function([x], x * T.mean(n))
theano.printing.debugprint(g)
show("g0", g(np.array([1.0, -1.0])))
