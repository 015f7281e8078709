# Covers: noise drawn inside a scan step with srng.normal(size=h.shape of a non_sequence, avg=0, std=0.1) and srng.uniform(low=-1, high=1) added to a recurrence, n_steps given as a Python int; the function compiled with updates=updates (both streams advance once per step), the same function compiled without them (each stream's default update slides by one step), and no_default_updates=True; outputs and stream positions over 2 calls each.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=2718)
h0 = T.dvector('h0')
scale = theano.shared(np.array([1.0, 0.5, 2.0]), name='scale')


def step(h_tm1, scale):
    noise = srng.normal(size=scale.shape, avg=0.0, std=0.1)
    jitter = srng.uniform(size=(3,), low=-1, high=1)
    return 0.9 * h_tm1 + scale * noise + 0.01 * jitter


hs, updates = theano.scan(step, outputs_info=h0, non_sequences=scale, n_steps=4)
print("updates", len(updates))
streams = [r for r, u in srng.state_updates]
start = [r.get_value() for r in streams]
for label, kwargs in [("with", dict(updates=updates)), ("without", {}), ("frozen", dict(no_default_updates=True))]:
    for r, s in zip(streams, start):
        r.set_value(s)
    f = theano.function([h0], hs, name=label, **kwargs)
    for call in range(2):
        show(label, f(np.zeros(3)))
        print("positions", [int(r.get_value().get_state()[2]) for r in streams])
