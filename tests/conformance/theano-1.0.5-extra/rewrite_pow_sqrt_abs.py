# Covers: u**2 (rewritten to Sqr), T.sqr, T.sqrt, T.abs_ on random draws, and sqrt(sqr(n) + u**3) fused with a nested Composite.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=32)
u = srng.uniform((2, 2))
n = srng.normal((2, 2))
f = theano.function([], [u ** 2, T.sqr(n), T.sqrt(u), T.abs_(n)])
theano.printing.debugprint(f)
for name, v in zip(["pow2", "sqr", "sqrt", "abs"], f()):
    show(name, v)
g = theano.function([], T.sqrt(T.sqr(n) + u ** 3))
theano.printing.debugprint(g)
show("g", g())
