# Covers: T.outer of two random vectors of different lengths and of an input vector with a random vector (+ 1); compiled to ScipyGer{destructive} on a zero Alloc.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=405)
u = srng.uniform((3,))
n = srng.normal((2,))
x = T.dvector('x')
f = theano.function([x], [T.outer(u, n), T.outer(x, u) + 1], name='f')
theano.printing.debugprint(f)
a, b = f(np.array([1.0, -2.0]))
show("outer_un", a)
show("outer_xu_p1", b)
