# Covers: theano.printing.Print inside a training function: its message printed on every call (once per node, even when the node is read twice), a Print of a dropout mask (the draw each call makes), attrs=["shape"], and the gradient passing through the Print nodes.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=2)
x = T.dvector('x')
mask = srng.binomial(size=(4,), p=0.5, dtype='float64')
m = theano.printing.Print('mask')(mask)
h = x * m
s = theano.printing.Print('sum', attrs=['shape'])(h)
cost = T.sum(s ** 2) + T.sum(m)
g = T.grad(cost, x)
f = theano.function([x], [cost, g])
for i in range(2):
    c, gg = f(np.arange(4.0))
    print('cost', float(c))
    show('g', gg)
