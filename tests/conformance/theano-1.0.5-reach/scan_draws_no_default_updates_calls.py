# Covers: a loop drawing srng.normal and srng.uniform in each step compiled twice with the loop's updates, once with no_default_updates=True (the state still advances: the updates are explicit), and a draw outside a loop compiled with and without no_default_updates; the stream state (key words, position, has_gauss) after each call.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def state(name, rng):
    st = rng.get_value().get_state()
    print(name, st[1][:3].tolist(), int(st[2]), int(st[3]))

srng = RandomStreams(seed=321)
h0 = T.dvector('h0')
def step(h):
    n = srng.normal(size=(3,), avg=0.0, std=0.1)
    u = srng.uniform(size=(3,), low=-1, high=1)
    return T.tanh(h + n) * u
hs, upd = theano.scan(step, outputs_info=h0, n_steps=4)
f = theano.function([h0], hs, updates=upd)
g = theano.function([h0], hs, updates=upd, no_default_updates=True)
rng = list(upd.keys())[0]
state("s0", rng)
show("f1", f(np.ones(3)))
state("s1", rng)
show("g1", g(np.ones(3)))
state("s2", rng)
show("f2", f(np.ones(3)))
state("s3", rng)
z = srng.uniform((2,))
h = theano.function([], z, no_default_updates=True)
show("h1", h()); show("h2", h())
k = theano.function([], z)
show("k1", k()); show("k2", k())
