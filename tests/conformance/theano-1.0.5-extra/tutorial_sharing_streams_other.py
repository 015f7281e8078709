# Covers: tutorial "Sharing Streams Between Functions" with seed 5 and size (3, 2): state saved before two calls, restored, replay matches; g never advances.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=5)
rv_u = srng.uniform((3, 2))
rv_n = srng.normal((3, 2))
f = theano.function([], rv_u)
g = theano.function([], rv_n, no_default_updates=True)
state0 = rv_u.rng.get_value().get_state()
v1 = f()
v2 = f()
rng = rv_u.rng.get_value(borrow=True)
rng.set_state(state0)
rv_u.rng.set_value(rng, borrow=True)
w1 = f()
w2 = f()
show("v1", v1)
show("v2", v2)
print("replay", bool(np.all(v1 == w1)), bool(np.all(v2 == w2)), bool(np.all(v1 == v2)))
show("g1", g())
print("g fixed", bool(np.all(g() == g())))
