# Covers: the famous mistake: the same scan random walk compiled as function([x0], walk) without updates=upd: what the stream does across 3 calls (draws, rng state fingerprints), compared with the with-updates function from the same seed, and with a draw of size (2,) from the pre-call state; debugprint showing the stream's default update outside the loop.
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


srng = RandomStreams(seed=234)
steps, upd = theano.scan(lambda: srng.normal((2,)), n_steps=3, name='walk')
rng = srng.state_updates[0][0]
f_no = theano.function([], steps, name='no_updates')
theano.printing.debugprint(f_no)
start = rng.get_value()
state("before", rng)
for call in range(3):
    show("steps", f_no())
    state("after", rng)
rng.set_value(start)
f_yes = theano.function([], steps, updates=upd, name='with_updates')
for call in range(3):
    show("steps_with_updates", f_yes())
    state("after_with_updates", rng)
rng.set_value(start)
replay = rng.get_value()
show("numpy_first_row", replay.normal(0.0, 1.0, (2,)))
