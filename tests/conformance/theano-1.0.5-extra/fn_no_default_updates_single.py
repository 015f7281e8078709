# Covers: no_default_updates listing only the middle of four streams (uniform, normal, binomial, uniform): that stream stays frozen over calls, others advance; debugprint shows update order.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=515)
a = srng.uniform((2,))
b = srng.normal((2,))
c = srng.binomial((3,), p=0.5)
d = srng.uniform((1,), low=5.0, high=6.0)
f = theano.function([], [d, c, b, a], no_default_updates=[b.rng])
theano.printing.debugprint(f)
for i in range(3):
    w, x, y, z = f()
    show("d_%d" % i, w)
    show("c_%d" % i, x)
    show("b_%d" % i, y)
    show("a_%d" % i, z)
g = theano.function([], [b, c], no_default_updates=[c.rng, b.rng])
x, y = g()
show("g_b", x)
show("g_c", y)
x, y = g()
show("g_b2", x)
