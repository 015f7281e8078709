# Covers: tutorial basic example with seed 7 and 3-D size (2, 3, 2): f, g (no_default_updates=True), nearly_zeros; debugprint of all three, calls interleaved.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=7)
rv_u = srng.uniform((2, 3, 2))
rv_n = srng.normal((2, 3, 2))
f = theano.function([], rv_u)
g = theano.function([], rv_n, no_default_updates=True)
nearly_zeros = theano.function([], rv_u + rv_u - 2 * rv_u)
print("--- f")
theano.printing.debugprint(f)
print("--- g")
theano.printing.debugprint(g)
print("--- nearly_zeros")
theano.printing.debugprint(nearly_zeros)
show("g1", g())
show("f1", f())
show("nz", nearly_zeros())
show("g2", g())
show("f2", f())
