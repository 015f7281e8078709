# Covers: BPTT through a scan with a random draw inside the step: h_t = tanh(h_{t-1} * w + noise_t) with noise_t = 0.1 * srng.normal(()), gradient w.r.t. the shared scalar w (the noise is treated as a constant input), training with updates = scan updates + SGD; the noise stream advances once per step; values over 3 calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=8)
w = theano.shared(np.array(0.9), name='w')
h0 = T.dscalar('h0')
h, upd = theano.scan(lambda hp: T.tanh(hp * w + 0.1 * srng.normal(())), outputs_info=h0, n_steps=3)
cost = T.sum(h ** 2)
gw = T.grad(cost, w)
upd[w] = w - 0.1 * gw
train = theano.function([h0], [cost, h, gw], updates=upd, name='train_noise')
rng = srng.state_updates[0][0]
for step in range(3):
    c, hv, gv = train(1.0)
    print("step", step, "cost", float(c), "gw", float(gv))
    show("h", hv)
    print("pos", int(rng.get_value().get_state()[2]))
show("w", w.get_value())
