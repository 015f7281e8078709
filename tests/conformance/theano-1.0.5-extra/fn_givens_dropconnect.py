# Covers: givens replacing a shared weight matrix by a masked copy of another shared matrix (DropConnect-style: V * binomial mask) in a dot with an input; the mask stream advances, W is never read.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=55)
W = theano.shared(np.zeros((3, 2)), name='W')
V = theano.shared(np.arange(6.0).reshape(3, 2) + 1, name='V')
x = T.dvector('x')
y = T.dot(x, W)
mask = srng.binomial((3, 2), p=0.5, dtype='float64')
f = theano.function([x], y, givens={W: V * mask})
theano.printing.debugprint(f)
for i in range(3):
    show("y_%d" % i, f([1.0, 2.0, 3.0]))
g = theano.function([x], y)
show("plain", g([1.0, 2.0, 3.0]))
