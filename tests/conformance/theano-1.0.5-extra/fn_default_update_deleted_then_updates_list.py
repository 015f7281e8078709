# Covers: default_update deleted on one of two streams; functions with updates given as a list of the remaining rv.update, no_default_updates=[rng], and the deleted stream advanced only through an explicit (rng, expr) update; then default_update restored.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def st(r):
    s = r.get_state()
    return (int(s[2]), [int(x) for x in s[1][:3]])

srng = RandomStreams(seed=303)
u = srng.uniform((2,))
n = srng.normal((2,))
saved = u.rng.default_update
del u.rng.default_update
print("has default", hasattr(u.rng, 'default_update'), hasattr(n.rng, 'default_update'))
print("state_updates still", len(srng.state_updates), len(srng.updates()))
f = theano.function([], [u, n])
for k in range(2):
    a, b = f()
    show("f_u%d" % k, a)
    show("f_n%d" % k, b)
g = theano.function([], [u, n], no_default_updates=[n.rng], updates=[(u.rng, saved)])
for k in range(2):
    a, b = g()
    show("g_u%d" % k, a)
    show("g_n%d" % k, b)
h = theano.function([], [u, n], updates=srng.updates())
a, b = h()
show("h_u", a)
show("h_n", b)
a, b = f()
show("f2_u", a)
show("f2_n", b)
u.rng.default_update = saved
a, b = f()
show("f3_u", a)
show("f3_n", b)
k2 = theano.function([], [u, n])
a, b = k2()
show("k_u", a)
show("k_n", b)
theano.printing.debugprint(g)
