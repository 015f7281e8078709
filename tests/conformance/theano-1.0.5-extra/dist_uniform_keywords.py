# Covers: RandomStreams.uniform in keyword form (size=, low=, high=), ndim= with size, dtype='float32' keyword, size=None with vector low/high, and the output types.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=404)
a = srng.uniform(size=(2, 3), low=-1.0, high=2.0)
b = srng.uniform(low=5, high=6, size=(3,), ndim=1)
c = srng.uniform(size=(2,), dtype='float32', high=10.0)
d = srng.uniform(low=[0.0, 10.0, 100.0], high=[1.0, 11.0, 101.0])
for name, rv in [("a", a), ("b", b), ("c", c), ("d", d)]:
    print(name, rv.type, rv.ndim)
f = theano.function([], [a, b, c, d])
for name, val in zip("abcd", f()):
    show(name, val)
show("d_again", f()[3])
