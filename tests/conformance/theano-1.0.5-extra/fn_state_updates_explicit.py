# Covers: compiling with updates=srng.updates() and no_default_updates=True (same as defaults), state_updates order, and updates for a subset of streams.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=63)
a = srng.uniform((2,))
b = srng.normal((2,))
c = srng.binomial((2,), p=0.5)
print("n_updates", len(srng.updates()), [str(u[1].owner.op) for u in srng.updates()])
f = theano.function([], [a, b, c], updates=srng.updates(), no_default_updates=True)
theano.printing.debugprint(f)
for i in range(2):
    for name, v in zip(["a", "b", "c"], f()):
        show("%s_%d" % (name, i), v)
g = theano.function([], [a, b], updates=[srng.updates()[1]], no_default_updates=True)
for i in range(2):
    x, y = g()
    show("g_a%d" % i, x)
    show("g_b%d" % i, y)
