# Covers: updates that swap two streams' states each call: updates=[(a.rng, b.rng), (b.rng, a.rng)] (pre-call states exchanged); draws over calls, state equality checks and debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=12)
a = srng.uniform((2,))
b = srng.uniform((2,))
sa0 = a.rng.get_value()
sb0 = b.rng.get_value()
f = theano.function([], [a, b], updates=[(a.rng, b.rng), (b.rng, a.rng)], name='swap')
for i in range(3):
    x, y = f()
    show("a_%d" % i, x)
    show("b_%d" % i, y)
g = theano.function([], [a, b], no_default_updates=True)
x, y = g()
show("a_after", x)
show("b_after", y)
theano.printing.debugprint(f)
