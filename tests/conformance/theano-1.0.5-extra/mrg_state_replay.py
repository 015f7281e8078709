# Covers: MRG stream state access: hasattr(rv, 'rstate'/'update') on returned variables, srng.state_updates[i][0] get_value copy, calls, set_value to replay, srng.updates() length, and srng.seed(s) reseeding existing variables.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = MRG_RandomStreams(seed=99)
u = srng.uniform((3,))
n = srng.normal((2,))
print("attrs", hasattr(u, 'rstate'), hasattr(u, 'update'), hasattr(n, 'rstate'))
print("n updates", len(srng.updates()), len(srng.state_updates))
r_u = srng.state_updates[0][0]
r_n = srng.state_updates[1][0]
show("r_u", r_u.get_value())
saved_u = r_u.get_value()
saved_n = r_n.get_value()
f = theano.function([], [u, n])
a0, b0 = f()
a1, b1 = f()
show("u0", a0)
show("n0", b0)
show("u1", a1)
r_u.set_value(saved_u)
a2, b2 = f()
print("u replay", bool((a2 == a0).all()), "n not replayed", bool((b2 == b0).all()))
r_n.set_value(saved_n)
print("n replay", bool((f()[1] == b0).all()))
srng.seed(99)
a3, b3 = f()
print("seed(99) replays first call", bool((a3 == a0).all()), bool((b3 == b0).all()))
srng.seed(100)
a4, b4 = f()
show("u_seed100", a4)
show("n_seed100", b4)
