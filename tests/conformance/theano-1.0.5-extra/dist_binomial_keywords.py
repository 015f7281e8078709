# Covers: RandomStreams.binomial in keyword form (size=, n=, p=), n=5 p=0.3, ndim=2 with dtype='int16', size=None with a symbolic p vector and a symbolic n scalar.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=606)
a = srng.binomial(size=(6,), n=5, p=0.3)
b = srng.binomial(p=0.8, size=(2, 3), ndim=2, dtype='int16')
p = T.dvector('p')
n = T.lscalar('n')
c = srng.binomial(n=n, p=p)
for name, rv in [("a", a), ("b", b), ("c", c)]:
    print(name, rv.type, rv.ndim)
f = theano.function([], [a, b])
for i in range(2):
    x, y = f()
    show("a%d" % i, x)
    show("b%d" % i, y)
g = theano.function([n, p], c)
show("c", g(10, np.array([0.0, 0.25, 0.5, 0.75, 1.0])))
show("c_n1", g(1, np.array([0.5, 0.5])))
