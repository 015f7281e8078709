# Covers: srng.state_updates contents after three variables (rng, default_update pairs); popping an entry: srng.updates() shrinks, the default update is still used, srng.seed() no longer reseeds that stream (and later seeds shift).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=8)
a = srng.uniform((2,))
b = srng.normal((2,))
c = srng.uniform((2,))
print("len", len(srng.state_updates))
for i, (r, upd) in enumerate(srng.state_updates):
    print(i, r is [a.rng, b.rng, c.rng][i], upd is r.default_update, upd.owner.op)
removed = srng.state_updates.pop(1)
print("removed is b", removed[0] is b.rng, len(srng.updates()))
f = theano.function([], [a, b, c])
x0, y0, z0 = f()
x1, y1, z1 = f()
print("b still advances", bool(np.any(y0 != y1)))
srng.seed(8)
x2, y2, z2 = f()
print("after seed: a replays", bool(np.all(x2 == x0)), "c replays", bool(np.all(z2 == z0)), "b replays", bool(np.all(y2 == y0)))
show("b2", y2)
