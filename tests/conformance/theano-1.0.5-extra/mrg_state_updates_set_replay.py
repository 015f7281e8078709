# Covers: MRG_RandomStreams state_updates: rstate shared values (dtype/shape/first row), get_value copies restored with set_value to replay draws, srng.seed() not touching existing states, and a state copied between two variables.
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

from theano.sandbox.rng_mrg import MRG_RandomStreams
srng = MRG_RandomStreams(seed=42)
u = srng.uniform((4,))
n = srng.normal((4,))
print("n_state_updates", len(srng.state_updates))
for k, e in enumerate(srng.state_updates):
    s, upd = e[0], e[1]
    val = s.get_value()
    print(k, len(e), type(s).__name__, type(e[2]).__name__, type(e[3]).__name__, val.dtype, val.shape, val[0].tolist(), val[-1].tolist())
f = theano.function([], [u, n])
saved = [e[0].get_value() for e in srng.state_updates]
a0, b0 = f()
a1, b1 = f()
show("u0", a0)
show("u1", a1)
show("n0", b0)
for e, val in zip(srng.state_updates, saved):
    e[0].set_value(val)
a2, b2 = f()
print("replay", np.array_equal(a0, a2), np.array_equal(b0, b2))
before = [e[0].get_value().tolist() for e in srng.state_updates]
srng.seed(42)
after = [e[0].get_value().tolist() for e in srng.state_updates]
print("seed changes states", before != after)
print("seeded equals saved", [np.array_equal(np.asarray(x), y) for x, y in zip(after, saved)])
print("rstate", srng.rstate.tolist())
srng.state_updates[0][0].set_value(saved[0])
show("u_restored", theano.function([], u)())
g = theano.function([], u, no_default_updates=True)
show("g0", g())
show("g1", g())
