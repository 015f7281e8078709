# Covers: no_default_updates=True versus a list containing one rng, alongside an explicit updates= for a frozen stream; which streams advance.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=53)
a = srng.uniform((2,))
b = srng.normal((2,))
f = theano.function([], [a, b], no_default_updates=True)
show("f_a0", f()[0])
show("f_a1", f()[0])
g = theano.function([], [a, b], no_default_updates=[b.rng])
for i in range(2):
    x, y = g()
    show("g_a%d" % i, x)
    show("g_b%d" % i, y)
h = theano.function([], a + b, no_default_updates=True, updates=[(b.rng, b.update[1])])
theano.printing.debugprint(h)
show("h0", h())
show("h1", h())
