# Covers: tutorial 'Sharing Streams Between Functions' on the normal stream (seed 42, size (4,)): state saved with get_state, two functions share it, restore and replay.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=42)
rv_u = srng.uniform((4,))
rv_n = srng.normal((4,))
f = theano.function([], rv_n)
g = theano.function([], rv_n * 2 + rv_u)
state_after_v0 = rv_n.rng.get_value().get_state()
show("g0", g())
v1 = f()
rng = rv_n.rng.get_value(borrow=True)
rng.set_state(state_after_v0)
rv_n.rng.set_value(rng, borrow=True)
v2 = f()
v3 = f()
show("v1", v1)
show("v2", v2)
show("v3", v3)
print("v1 == v2", bool(np.all(v1 == v2)))
print("v1 == v3", bool(np.all(v1 == v3)))
show("g1", g())
print("state is tuple", type(state_after_v0).__name__, state_after_v0[0], len(state_after_v0))
