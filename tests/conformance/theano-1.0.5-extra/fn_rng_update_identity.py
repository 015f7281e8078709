# Covers: an explicit identity update updates=[(u.rng, u.rng)] freezing a stream (compared with no_default_updates=[u.rng]), default_update set to None (TypeError at compile) then deleted; debugprint of the frozen function.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=51)
u = srng.uniform((2,))
n = srng.normal((2,))
f = theano.function([], [u, n], updates=[(u.rng, u.rng)])
theano.printing.debugprint(f)
for i in range(2):
    x, y = f()
    show("u_%d" % i, x)
    show("n_%d" % i, y)
g = theano.function([], [u, n], no_default_updates=[u.rng])
for i in range(2):
    x, y = g()
    show("gu_%d" % i, x)
    show("gn_%d" % i, y)
n.rng.default_update = None
try:
    theano.function([], [u, n])
    print("None default_update no error")
except Exception as e:
    print("None default_update", type(e).__name__, repr(str(e)))
del n.rng.default_update
h = theano.function([], [u, n])
theano.printing.debugprint(h)
for i in range(2):
    x, y = h()
    show("hu_%d" % i, x)
    show("hn_%d" % i, y)
