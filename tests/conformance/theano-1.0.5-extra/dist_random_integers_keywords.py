# Covers: RandomStreams.random_integers in keyword form (low=3, high=9), ndim=1, dtype='int8', size=None with vector bounds, symbolic high vector.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=808)
a = srng.random_integers(size=(8,), low=3, high=9)
b = srng.random_integers(size=(2, 2), high=1, low=-1, ndim=2, dtype='int8')
c = srng.random_integers(low=[0, 10, 100], high=[1, 12, 103])
h = T.lvector('h')
d = srng.random_integers(size=(4,), low=0, high=h)
for name, rv in [("a", a), ("b", b), ("c", c), ("d", d)]:
    print(name, rv.type, rv.ndim)
f = theano.function([], [a, b, c])
for name, val in zip("abc", f()):
    show(name, val)
g = theano.function([h], d)
show("d", g(np.array([0, 1, 5, 100], dtype='int64')))
