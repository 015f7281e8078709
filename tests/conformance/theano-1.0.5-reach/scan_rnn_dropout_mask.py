# Covers: an RNN with a fresh binomial dropout mask drawn inside every step (h_t = tanh(W x_t + h_{t-1}) * mask_t), a function with the scan updates (mask stream advances per step) and one without (default update outside the loop), and a no_default_updates=True function without updates (stream frozen); masks and positions over 2 calls each.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=19)
x = T.dmatrix('x')
W = theano.shared(np.array([[0.5, -0.5, 0.2], [0.1, 0.4, -0.3]]), name='W')


def step(x_t, h_prev):
    mask = srng.binomial((3,), p=0.5, dtype='float64')
    return T.tanh(T.dot(x_t, W) + h_prev) * mask


h, upd = theano.scan(step, sequences=x, outputs_info=T.zeros((3,)))
rng = srng.state_updates[0][0]
start = rng.get_value()
xv = np.array([[1.0, 2.0], [-1.0, 0.5], [0.3, 0.3]])
for label, kwargs in [("with", dict(updates=upd)), ("without", dict()), ("frozen", dict(no_default_updates=True))]:
    rng.set_value(start)
    f = theano.function([x], h, name=label, **kwargs)
    for call in range(2):
        show(label, f(xv))
        print("pos", int(rng.get_value().get_state()[2]))
