# Covers: the tutorial basic example with seed 12345 and non-square sizes (3, 2)/(2, 3): f, g (no_default_updates=True), nearly_zeros, debugprint of f.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=12345)
rv_u = srng.uniform((3, 2))
rv_n = srng.normal((2, 3))
f = theano.function([], rv_u)
g = theano.function([], rv_n, no_default_updates=True)
nearly_zeros = theano.function([], rv_u + rv_u - 2 * rv_u)
theano.printing.debugprint(f)
show("f1", f())
show("f2", f())
show("g1", g())
show("g2", g())
show("nz", nearly_zeros())
show("f3", f())
