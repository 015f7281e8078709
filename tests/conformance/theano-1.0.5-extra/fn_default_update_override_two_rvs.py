# Covers: deleting a normal stream's default_update (frozen) beside an advancing uniform, no_default_updates=True plus explicit updates=[(n.rng, new_state)], then restoring default_update.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=1357)
u = srng.uniform((2,))
n = srng.normal((2,))
u_new = u.rng.default_update
n_new = n.rng.default_update
del n.rng.default_update
f = theano.function([], [u, n])
for i in range(2):
    a, b = f()
    show("u_%d" % i, a)
    show("n_%d" % i, b)
g = theano.function([], [u, n], no_default_updates=True, updates=[(n.rng, n_new)])
for i in range(2):
    a, b = g()
    show("g_u_%d" % i, a)
    show("g_n_%d" % i, b)
n.rng.default_update = n_new
h = theano.function([], n)
show("h0", h())
show("h1", h())
theano.printing.debugprint(g)
