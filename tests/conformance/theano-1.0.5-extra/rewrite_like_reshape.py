# Covers: ones_like/zeros_like of a random draw (folded to one Alloc, draw unused but the stream still updated), reshape, flatten, dimshuffle and .T.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=38)
u = srng.uniform((2, 3))
f = theano.function([], [T.ones_like(u), T.zeros_like(u) + 1])
theano.printing.debugprint(f)
a, b = f()
show("ones", a)
show("zeros_plus1", b)
g = theano.function([], [u.reshape((3, 2)), u.T, u.dimshuffle(1, 'x', 0), u.flatten()])
theano.printing.debugprint(g)
for name, v in zip(["reshape", "T", "dimshuffle", "flatten"], g()):
    show(name, v)
