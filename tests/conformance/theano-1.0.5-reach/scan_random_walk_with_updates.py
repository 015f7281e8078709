# Covers: the classic random walk: theano.scan of a step adding srng.normal((2,)) with n_steps=3, compiled with updates=upd (the scan's rng update); per call the draws and the rng state (key words, position, has_gauss) over 3 calls, compared with numpy replays of the same RandomState.
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
x0 = T.dvector('x0')
walk, upd = theano.scan(lambda prev: prev + srng.normal((2,)), outputs_info=x0, n_steps=3, name='walk')
print("updates", len(upd))
rng = srng.state_updates[0][0]
f = theano.function([x0], walk, updates=upd, name='walk_fn')
replay = rng.get_value()
state("before", rng)
for call in range(3):
    show("walk", f(np.zeros(2)))
    state("after", rng)
    steps = [replay.normal(0.0, 1.0, (2,)) for _ in range(3)]
    show("numpy_cumsum", np.cumsum(steps, axis=0))
