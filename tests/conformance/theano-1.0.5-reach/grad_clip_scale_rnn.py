# Covers: gradient clipping and scaling as RNN training code uses them: theano.gradient.grad_clip(h, -0.5, 0.5) on the hidden state inside a theano.scan step (BPTT with clipped gradients), theano.gradient.grad_scale(x, 0.1) on an input, the forward values unchanged, the clipped and scaled gradients compared with the plain ones, and 2 SGD steps of the recurrent weights; values, gradients and weights.
import numpy as np
import theano
import theano.tensor as T
from theano.gradient import grad_clip, grad_scale


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
h0 = T.dvector('h0')
W = theano.shared(np.array([[0.9, -0.6], [0.5, 1.2]]), name='W')
U = theano.shared(np.array([[1.5, -2.0], [0.7, 0.3]]), name='U')


def step(x_t, h_tm1, clip):
    h = T.tanh(T.dot(x_t, U) + T.dot(h_tm1, W))
    return grad_clip(h, -0.5, 0.5) if clip else h


xv = np.array([[1.0, 2.0], [-1.0, 0.5], [2.0, -1.5]])
h0v = np.zeros(2)
for clip in (False, True):
    hs, _ = theano.scan(lambda x_t, h_tm1: step(x_t, h_tm1, clip), sequences=x, outputs_info=h0)
    cost = T.sum(hs[-1] ** 2) * 5
    gW, gU = T.grad(cost, [W, U])
    f = theano.function([x, h0], [hs, gW, gU])
    for v in f(xv, h0v):
        show("clip" if clip else "plain", v)
v = T.dvector('v')
scaled = grad_scale(v, 0.1)
out = T.sum(scaled ** 2)
fg = theano.function([v], [out, T.grad(out, v), T.grad(T.sum(v ** 2), v)])
for r in fg(np.array([1.0, -2.0])):
    show("scale", r)
hs, _ = theano.scan(lambda x_t, h_tm1: step(x_t, h_tm1, True), sequences=x, outputs_info=h0)
cost = T.sum(hs[-1] ** 2) * 5
train = theano.function([x, h0], cost, updates=[(W, W - 0.1 * T.grad(cost, W))])
for i in range(2):
    print("step", i, float(train(xv, h0v)))
show("W", W.get_value())
try:
    grad_clip(v, 1.0, -1.0)
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])
