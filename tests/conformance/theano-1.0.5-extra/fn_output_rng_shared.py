# Covers: outputs that are the rng shared variable itself or its new-state expression: return type names, whether the returned RandomState is the live state object, its state relative to snapshots, with and without no_default_updates.
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

import copy
srng = RandomStreams(seed=12)
u = srng.uniform((2,))
snap0 = copy.deepcopy(u.rng.get_value())
f = theano.function([], u.rng)
r = f()
print("type", type(r).__name__)
print("is live", r is u.rng.get_value(borrow=True))
print("state r", st(r), "snap0", st(snap0), "live", st(u.rng.get_value(borrow=True)))
g = theano.function([], [u, u.rng])
a, r2 = g()
show("g_u", a)
print("g type", type(r2).__name__, "is live", r2 is u.rng.get_value(borrow=True))
print("g state", st(r2), st(u.rng.get_value(borrow=True)))
h = theano.function([], u.update[1], no_default_updates=True)
r3 = h()
print("h type", type(r3).__name__, "is live", r3 is u.rng.get_value(borrow=True))
print("h state", st(r3), st(u.rng.get_value(borrow=True)))
k = theano.function([], [u.rng, u], no_default_updates=True)
r4, b = k()
show("k_u", b)
print("k type", type(r4).__name__, "is live", r4 is u.rng.get_value(borrow=True))
print("k state", st(r4), st(u.rng.get_value(borrow=True)))
ref = copy.deepcopy(u.rng.get_value())
show("next", theano.function([], u)())
show("ref", ref.uniform(size=(2,)))
theano.printing.debugprint(g)
