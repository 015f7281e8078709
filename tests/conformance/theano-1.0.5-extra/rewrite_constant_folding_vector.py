# Covers: constant folding of constant vectors and scalars: (c - 1) ** 2 with c a constant vector, T.log(T.constant(1.0)) + u, T.constant(2.0) ** 3 * n, T.zeros_like(n) + 7; debugprint of each.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=71)
u = srng.uniform((3,))
n = srng.normal((3,))
c = T.constant(np.array([1.0, 3.0, 5.0]))
f = theano.function([], u * (c - 1) ** 2)
theano.printing.debugprint(f)
show("f", f())
g = theano.function([], T.log(T.constant(1.0)) + u)
theano.printing.debugprint(g)
show("g", g())
h = theano.function([], T.constant(2.0) ** 3 * n)
theano.printing.debugprint(h)
show("h", h())
k = theano.function([], T.zeros_like(n) + 7)
theano.printing.debugprint(k)
show("k", k())
