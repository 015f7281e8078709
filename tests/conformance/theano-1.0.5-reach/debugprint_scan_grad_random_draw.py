# Covers: the uncompiled debugprint of T.grad through a scan with a random draw in each step (noise added inside a tanh, so the gradient reads the forward outputs, never the draw: the stream is an input of the gradient loop); the error when the gradient would go through the draw (a mask multiplying the sequence: "Depends on a shared variable"); values of the defined gradient with the scan's updates.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=11)
x = T.dvector('x')
w = theano.shared(0.8, name='w')
h0 = T.dscalar('h0')


def step(x_t, h_prev):
    return T.tanh(w * h_prev + x_t + srng.normal((), std=0.1))


hs, upd = theano.scan(step, sequences=x, outputs_info=h0)
gw = T.grad(hs.sum(), w)
theano.printing.debugprint(gw)
f = theano.function([x, h0], [hs, gw], updates=upd)
for i in range(2):
    out, g = f(np.array([0.5, -0.2, 0.1]), 0.0)
    show("hs", out)
    print("gw", repr(float(g)))
masked, upd2 = theano.scan(lambda x_t: x_t * srng.binomial((), p=0.5, dtype='float64'), sequences=x)
try:
    T.grad(masked.sum(), x)
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])
