# Covers: RandomStreams.poisson in keyword form with lam=4.0 and size (2, 3), lam=0, dtype='int32', symbolic lam vector with ndim=1 and size (3,).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=707)
a = srng.poisson(size=(2, 3), lam=4.0)
b = srng.poisson(size=(4,), lam=0.0)
c = srng.poisson(size=(3,), lam=2.5, dtype='int32')
lam = T.dvector('lam')
d = srng.poisson(size=(3,), lam=lam, ndim=1)
for name, rv in [("a", a), ("b", b), ("c", c), ("d", d)]:
    print(name, rv.type, rv.ndim)
f = theano.function([], [a, b, c])
for name, val in zip("abc", f()):
    show(name, val)
g = theano.function([lam], d)
show("d", g(np.array([1.0, 50.0, 1000.0])))
show("d2", g(np.array([0.5, 0.5, 0.5])))
