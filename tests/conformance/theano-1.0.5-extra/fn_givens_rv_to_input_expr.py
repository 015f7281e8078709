# Covers: givens replacing a random variable by an input expression (2 * x) and an input by a uniform draw; the replaced stream does not advance.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=246)
x = T.dvector('x')
n = srng.normal((3,))
u = srng.uniform((3,))
y = n + x
f = theano.function([x], y, givens={n: 2 * x})
show("f0", f(np.array([1.0, 2.0, 3.0])))
g = theano.function([], y * 10, givens={x: u})
show("g0", g())
show("g1", g())
h = theano.function([x], [n, y])
a, b = h(np.zeros(3))
show("h_n", a)
show("h_y", b)
theano.printing.debugprint(g)
