# Covers: debugprint of uncompiled mixture expressions (before rewrites): (u * x + n) / 2 with print_type, a shared variable times a draw, and a list of two variables with depth=2.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=71)
x = T.dvector('x')
w = theano.shared(np.ones(2), name='w')
u = srng.uniform((2,))
n = srng.normal((2,))
y = (u * x + n) / 2
theano.printing.debugprint(y, print_type=True)
z = w * u - 1
theano.printing.debugprint(z)
theano.printing.debugprint([y, T.exp(n)], depth=2)
