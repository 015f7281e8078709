# Covers: two random draws inside a step with a sequence: x[t] * uniform + normal noise (two streams, updates for both), scan's updates order, outputs and both streams' positions over 3 calls, then a function compiled without updates for comparison (each stream's default update applied once per call outside the loop).
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


srng = RandomStreams(seed=77)
x = T.dvector('x')
out, upd = theano.scan(lambda xt: xt * srng.uniform(()) + srng.normal(()), sequences=x)
print("updates", len(upd))
r_u = srng.state_updates[0][0]
r_n = srng.state_updates[1][0]
f = theano.function([x], out, updates=upd, name='noisy')
g = theano.function([x], out, name='noisy_no_updates')
xv = np.array([1.0, 2.0, 3.0])
for call in range(3):
    show("out", f(xv))
    state("u", r_u)
    state("n", r_n)
for call in range(3):
    show("out_no_updates", g(xv))
    state("u", r_u)
    state("n", r_n)
