# Covers: u.rng.default_update replaced by the other stream's shared rng variable v.rng (u's state becomes v's old state each call) and by v's new-state expression; aliasing of the two states afterwards.
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

srng = RandomStreams(seed=21)
u = srng.uniform((2,))
v = srng.uniform((2,))
orig = u.rng.default_update
u.rng.default_update = v.rng
f = theano.function([], u)
show("u0", f())
print("alias0", u.rng.get_value(borrow=True) is v.rng.get_value(borrow=True))
print("states0", st(u.rng.get_value()), st(v.rng.get_value()))
show("u1", f())
print("states1", st(u.rng.get_value()), st(v.rng.get_value()))
g = theano.function([], v)
show("v0", g())
print("states2", st(u.rng.get_value()), st(v.rng.get_value()))
show("u2", f())
u.rng.default_update = v.rng.default_update
h = theano.function([], [u, v])
a, b = h()
show("h_u", a)
show("h_v", b)
print("states3", st(u.rng.get_value()), st(v.rng.get_value()))
u.rng.default_update = orig
show("u3", f())
k = theano.function([], u)
show("k0", k())
show("k1", k())
