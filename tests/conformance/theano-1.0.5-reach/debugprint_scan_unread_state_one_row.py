# Covers: compiled scans with a fed-back output nothing outside reads but the step needs (Theano's scan_save_mem keeps it as the initial row alone: AllocEmpty of 1 row, the initial value set without a Rebroadcast): an RNN over a sequence returning (h_t, y_t = h_t + normal noise) compiled whole and read at ys[-1] with the scan's updates; a two-output loop (a vector accumulator and a scalar reading its sum) read whole and at B[-1]; debugprints and values.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
srng = RandomStreams(seed=5)
W = theano.shared(np.array([[0.4, 0.1], [-0.3, 0.2]]), name='W')
x = T.dmatrix('x')
h0 = T.dvector('h0')
def step(x_t, h_tm1):
    h_t = T.tanh(T.dot(h_tm1, W) + x_t)
    y_t = h_t + srng.normal(h_t.shape, std=0.01)
    return h_t, y_t
(hs, ys), upd = theano.scan(step, sequences=x, outputs_info=[h0, None])
f = theano.function([x, h0], [hs, ys], updates=upd)
theano.printing.debugprint(f)
X = np.arange(6.0).reshape(3, 2) / 10
print([a.round(12).tolist() for a in f(X, np.zeros(2))])
g = theano.function([x, h0], ys[-1], updates=upd)
theano.printing.debugprint(g)
print(g(X, np.zeros(2)).round(12).tolist())

xx = T.dmatrix('xx')
def step(x_t, a, b):
    return a + x_t, b * 0.5 + a.sum()
(A, B), _ = theano.scan(step, sequences=xx, outputs_info=[T.zeros((2,)), T.zeros(())])
f = theano.function([xx], A)
theano.printing.debugprint(f)
print(f(np.ones((3, 2))).tolist())
g = theano.function([xx], B[-1])
theano.printing.debugprint(g)
print(g(np.ones((3, 2))).tolist())
