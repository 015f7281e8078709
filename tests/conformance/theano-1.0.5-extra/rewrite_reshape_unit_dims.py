# Covers: reshape of random draws to shapes containing 1: u.reshape((1, 6)), u.reshape((3, 1, 2)), n.reshape((2, 1)) + x column; types and the compiled graph (reshape vs dimshuffle).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=44)
u = srng.uniform((6,))
n = srng.normal((2,))
x = T.dmatrix('x')
r1 = u.reshape((1, 6))
r2 = u.reshape((3, 1, 2))
r3 = n.reshape((2, 1)) + x
print(r1.type, r2.type, r3.type)
f = theano.function([x], [r1, r2, r3])
theano.printing.debugprint(f)
a, b, c = f(np.zeros((2, 3)))
show("r1", a)
show("r2", b)
show("r3", c)
