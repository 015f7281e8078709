# Covers: one normal draw used in two functions with different inputs (x + n and n * y); each call advances the shared stream; a third function without updates repeats.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=2468)
x = T.dvector('x')
y = T.dscalar('y')
n = srng.normal((3,))
f = theano.function([x], x + n)
g = theano.function([y], n * y)
h = theano.function([], n, no_default_updates=True)
show("f0", f(np.array([1.0, 1.0, 1.0])))
show("g0", g(2.0))
show("h0", h())
show("h1", h())
show("f1", f(np.zeros(3)))
show("g1", g(-1.0))
show("h2", h())
