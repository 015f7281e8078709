# Covers: RandomStreams.normal in keyword form (avg=, std=, size=), ndim=2, dtype='float32', size=None from a symbolic avg matrix, scalar symbolic std.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=505)
a = srng.normal(size=(3,), avg=10.0, std=0.5)
b = srng.normal(std=2, avg=-1, size=(2, 2), ndim=2)
c = srng.normal(size=(2, 2), dtype='float32')
m = T.dmatrix('m')
s = T.dscalar('s')
d = srng.normal(avg=m, std=s)
for name, rv in [("a", a), ("b", b), ("c", c), ("d", d)]:
    print(name, rv.type, rv.ndim)
f = theano.function([], [a, b, c])
for name, val in zip("abc", f()):
    show(name, val)
g = theano.function([m, s], d)
show("d", g(np.array([[0.0, 100.0], [200.0, 300.0]]), 0.01))
show("d_std0", g(np.ones((1, 3)), 0.0))
