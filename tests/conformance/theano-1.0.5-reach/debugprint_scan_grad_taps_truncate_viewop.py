# Covers: a compiled training step through a scan with sequence taps [-2, 0, 1], a state with taps [-1, -3] from zeros((3, 3)), truncate_gradient=2 and an MRG binomial mask drawn inside the step, with the loop's updates and SGD updates of both weights: the debugprint shows the gradient loops' inner graphs, where an output that another output aliases is a ViewOp (the step's outputs are borrowed, Theano's Out(borrow=True) for a scan step) and Theano's scan_save_mem gives up on the tapped state (an IndexError it logs and skips), then two steps' costs and the weights.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams
mrg = MRG_RandomStreams(7)
X = T.dmatrix('X')
W = theano.shared(np.eye(3) * 0.5, name='W')
U = theano.shared(np.ones((3, 3)) * 0.1, name='U')
def step(x_tm2, x_t, x_tp1, h_tm1, h_tm3):
    m = mrg.binomial(size=(3,), p=0.9, dtype='float64')
    h = T.tanh(T.dot(x_t + x_tm2 - x_tp1, W) + T.dot(h_tm1 * m, U) + 0.1 * h_tm3)
    return h
h0 = T.zeros((3, 3))
hs, upd = theano.scan(step, sequences=dict(input=X, taps=[-2, 0, 1]), outputs_info=dict(initial=h0, taps=[-1, -3]), truncate_gradient=2)
cost = T.sum(hs ** 2)
gW, gU = T.grad(cost, [W, U])
f = theano.function([X], cost, updates=list(upd.items()) + [(W, W - 0.01 * gW), (U, U - 0.01 * gU)])
theano.printing.debugprint(f)
x = np.arange(18.0).reshape(6, 3) / 20
for _ in range(2):
    print(np.round(f(x), 8))
print(np.round(W.get_value(), 8).tolist())
