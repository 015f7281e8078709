# Covers: RandomStreams.choice with size (2, 3) and a=5, a float vector with p, replace=False over a symbolic vector; permutation with n=4 and size (2,), size=None, dtype='int32'.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=909)
a = srng.choice(size=(2, 3), a=5)
b = srng.choice(size=(4,), a=[1.5, 2.5, 3.5], p=[0.1, 0.0, 0.9], dtype='float64')
v = T.lvector('v')
c = srng.choice(size=(3,), a=v, replace=False)
d = srng.permutation(size=(2,), n=4)
e = srng.permutation(n=6, dtype='int32')
for name, rv in [("a", a), ("b", b), ("c", c), ("d", d), ("e", e)]:
    print(name, rv.type, rv.ndim)
f = theano.function([], [a, b, d, e])
for name, val in zip("abde", f()):
    show(name, val)
g = theano.function([v], c)
show("c", g(np.array([10, 20, 30, 40, 50], dtype='int64')))
theano.printing.debugprint(g)
