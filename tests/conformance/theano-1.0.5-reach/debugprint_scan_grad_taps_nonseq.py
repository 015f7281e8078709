# Covers: the uncompiled debugprint of T.grad through a scan with a sequence, an output fed back with taps=[-1] (outputs_info=dict(initial=h0, taps=[-1])) and explicit non_sequences (a matrix and a scalar), with respect to the non-sequences, the initial state and the sequence; and through a scan with taps=[-2, -1] (the gradient loop's buffer read and written at two taps); values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
h0 = T.dvector('h0')
W = T.dmatrix('W')
a = T.dscalar('a')


def step(x_t, h_prev, W, a):
    return a * T.dot(h_prev, W) + x_t


hs, _ = theano.scan(step, sequences=x, outputs_info=dict(initial=h0, taps=[-1]),
                    non_sequences=[W, a])
cost = hs.sum()
theano.printing.debugprint(T.grad(cost, [W, a]))
theano.printing.debugprint(T.grad(cost, h0))
theano.printing.debugprint(T.grad(cost, x))
f = theano.function([x, h0, W, a], T.grad(cost, [x, h0, W, a]))
args = (np.arange(6.0).reshape(3, 2) / 4, np.array([0.5, -1.0]), np.array([[0.5, 0.2], [-0.3, 0.8]]), 0.9)
for name, v in zip(["dx", "dh0", "dW", "da"], f(*args)):
    show(name, v)
s0 = T.dvector('s0')
fib, _ = theano.scan(lambda s2, s1: s1 * 0.5 + s2 * a, outputs_info=dict(initial=s0, taps=[-2, -1]), n_steps=3)
theano.printing.debugprint(T.grad(fib.sum(), [s0, a]))
g = theano.function([s0, a], T.grad(fib.sum(), [s0, a]))
for name, v in zip(["ds0", "da"], g(np.array([1.0, 2.0]), 0.5)):
    show(name, v)
