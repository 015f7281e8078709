# Covers: a while-loop (theano.scan_module.until) with truncate_gradient: a growth recurrence h * w stopped when it passes a threshold (n_steps the maximum), T.grad of the last value and of the sum with respect to the shared w and the initial state for truncate_gradient -1, 1, 2 and more steps than run; the same over a sequence (a sequence longer than the steps run); and a noisy walk drawing srng.normal at each step until it leaves a band, compiled with its updates, its truncated gradient with respect to w over two calls, and the stream's position.
import numpy as np
import theano
import theano.tensor as T
from theano.scan_module import until
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


w = theano.shared(np.float64(1.5), name='w')
x0 = T.dscalar('x0')
for trunc in [-1, 1, 2, 5]:
    def step(h):
        h2 = h * w
        return h2, until(h2 > 10)
    hs, upd = theano.scan(step, outputs_info=[x0], n_steps=8, truncate_gradient=trunc)
    f = theano.function([x0], [hs, T.grad(hs[-1], w)])
    for v in f(1.0):
        show('last trunc %d' % trunc, v)
    f2 = theano.function([x0], T.grad(hs.sum(), [w, x0]))
    for v in f2(2.0):
        show('sum trunc %d' % trunc, v)

seq = T.dvector('seq')
for trunc in [-1, 2]:
    def step2(s, h):
        h2 = h * w + s
        return h2, until(h2 > 5)
    hs, _ = theano.scan(step2, sequences=seq, outputs_info=[x0], truncate_gradient=trunc)
    f = theano.function([seq, x0], [hs] + T.grad(hs.sum(), [w, x0]))
    for v in f(np.array([1.0, 2.0, 3.0, 4.0]), 0.5):
        show('seq trunc %d' % trunc, v)

srng = RandomStreams(seed=31)


def walk(h):
    h2 = h * w * 0.5 + srng.normal((), std=0.8)
    return h2, until(abs(h2) > 1.2)


path, upd = theano.scan(walk, outputs_info=[x0], n_steps=20, truncate_gradient=3)
cost = (path ** 2).sum()
g = theano.function([x0], [path, cost, T.grad(cost, w)], updates=upd)
for call in range(2):
    for v in g(0.25):
        show('walk', v)
    for rng, _ in srng.state_updates:
        print('pos', int(rng.get_value().get_state()[2]))
