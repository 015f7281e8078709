# Covers: two independent random walks (RandomStreams normal and uniform draws inside each step) with the same constant n_steps compiled in one function: Theano's scan_merge makes them one loop 'walk_a&walk_b' (inner inputs renamed with the index of their loop); values over 2 calls, the stream states after each call, and the compiled debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.round(12).tolist())


def state(name, rng):
    st = rng.get_value().get_state()
    print(name, st[1][:3].tolist(), int(st[2]), int(st[3]))


srng = RandomStreams(seed=2024)
x0 = T.dvector('x0')
y0 = T.dscalar('y0')
xs, ux = theano.scan(lambda x: x + srng.normal((2,), std=0.1), outputs_info=x0, n_steps=4,
                     name='walk_a')
ys, uy = theano.scan(lambda y: y * srng.uniform(low=0.5, high=1.5), outputs_info=y0, n_steps=4,
                     name='walk_b')
upd = ux.copy()
upd.update(uy)
f = theano.function([x0, y0], [xs, ys], updates=upd)
theano.printing.debugprint(f)
for call in range(2):
    a, b = f(np.array([0.0, 1.0]), 2.0)
    show("xs", a)
    show("ys", b)
    for k, (s, _) in enumerate(srng.state_updates):
        state("stream%d" % k, s)
