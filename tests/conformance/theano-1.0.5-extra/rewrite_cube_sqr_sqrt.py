# Covers: u ** 3 and T.sqr(u) + T.sqrt(n ** 2) on random vectors, and u ** 0.5 with u ** -1: how powers are rewritten (pow to sqr/sqrt/inv) in compiled graphs.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=65)
u = srng.uniform((3,))
n = srng.normal((3,))
f = theano.function([], u ** 3)
theano.printing.debugprint(f)
show("cube", f())
g = theano.function([], T.sqr(u) + T.sqrt(n ** 2))
theano.printing.debugprint(g)
show("sqr_sqrt", g())
h = theano.function([], [u ** 0.5, u ** -1])
theano.printing.debugprint(h)
a, b = h()
show("pow_half", a)
show("pow_m1", b)
