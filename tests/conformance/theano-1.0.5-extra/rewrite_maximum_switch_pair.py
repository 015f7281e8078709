# Covers: T.maximum(u, n), T.minimum(u, n) and T.switch(u < n, u, n) of two random vectors: Composite with a comparison inside a switch.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=64)
u = srng.uniform((4,))
n = srng.normal((4,))
f = theano.function([], [T.maximum(u, n), T.minimum(u, n)])
theano.printing.debugprint(f)
a, b = f()
show("max", a)
show("min", b)
g = theano.function([], T.switch(u < n, u, n))
theano.printing.debugprint(g)
show("switch", g())
