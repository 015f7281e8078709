# Covers: (u * x + n) / 2 and (u + n) * 0.5 - x with a uniform and a normal draw and an input vector: fusion into one Composite, division by a constant, update order.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=61)
x = T.dvector('x')
u = srng.uniform((3,))
n = srng.normal((3,))
f = theano.function([x], (u * x + n) / 2)
theano.printing.debugprint(f)
show("f0", f(np.array([1.0, 2.0, 3.0])))
show("f1", f(np.zeros(3)))
g = theano.function([x], (u + n) * 0.5 - x)
theano.printing.debugprint(g)
show("g0", g(np.ones(3)))
