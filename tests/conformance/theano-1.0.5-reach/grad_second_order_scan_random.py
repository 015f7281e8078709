# Covers: second-order gradients through scans with random draws: Gaussian noise drawn in each step inside the tanh (the gradients read the forward outputs, so both loops are differentiable and the stream advances once per step per call with the scan's updates), a dropout mask drawn outside the loop and passed as a sequence (gradients flow through the mask), a mask drawn in the step (the first-order gradient already undefined: "Depends on a shared variable"), and T.grad with respect to the draw's size; values over two calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=7)
x = T.dvector('x')
w = theano.shared(0.6, name='w')


def step(x_t, h):
    return T.tanh(w * h + x_t + srng.normal((), std=0.2))


hs, upd = theano.scan(step, sequences=x, outputs_info=T.constant(0.0, dtype='float64'))
gw = T.grad((hs ** 2).sum(), w)
f = theano.function([x], [hs, gw], updates=upd)
for i in range(2):
    out, a = f(np.array([0.5, -0.2, 0.1]))
    show("hs", out)
    print("gw", repr(float(a)))
try:
    T.grad(gw, w)
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])

mask = srng.binomial((4,), p=0.5, dtype='float64')
v = T.dvector('v')
ms, _ = theano.scan(lambda x_t, m_t, h: T.tanh(w * h + m_t * x_t), sequences=[v, mask],
                    outputs_info=T.constant(0.2, dtype='float64'))
gv = T.grad(ms[-1], w)
fm = theano.function([v], [mask, gv, T.grad(gv, w), T.grad(gv, v)])
for i in range(2):
    m, a, b, c = fm(np.array([0.4, 0.3, -0.6, 0.2]))
    show("mask", m)
    print("gw", repr(float(a)), "d2/dw2", repr(float(b)))
    show("d2/dw dv", c)

inner, _ = theano.scan(lambda x_t, h: T.tanh(w * h + x_t * srng.binomial((), p=0.5, dtype='float64')),
                       sequences=x, outputs_info=T.constant(0.0, dtype='float64'))
try:
    T.grad(T.grad(inner[-1], w), w)
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])
n = T.iscalar('n')
draws = srng.normal((n,))
try:
    T.grad(draws.sum(), n)
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])
