# Covers: an RNN trained by BPTT with a dropout mask drawn for the whole sequence outside the loop (srng.binomial((x.shape[0], 3), ...) passed as a second sequence), T.grad through theano.scan with the parameter updates added to scan's (empty) updates, compiled in FAST_RUN, FAST_COMPILE and theano.Mode(optimizer=None) from the same parameters and stream state (restored with set_value of a RandomState whose state was saved): the three modes' costs and weights; a FAST_COMPILE prediction function and its debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(seed=21)
x = T.matrix('x')
y = T.vector('y')
Wx = theano.shared(np.random.RandomState(0).normal(0, 0.4, (2, 3)), name='Wx')
Wh = theano.shared(np.random.RandomState(1).normal(0, 0.4, (3, 3)), name='Wh')
v = theano.shared(np.random.RandomState(2).normal(0, 0.4, 3), name='v')


def step(x_t, m_t, h_prev):
    h = T.tanh(T.dot(x_t, Wx) + T.dot(h_prev, Wh)) * m_t
    return h, T.dot(h, v)


masks = srng.binomial((x.shape[0], 3), p=0.9, dtype='float64')
(hs, outs), upd = theano.scan(step, sequences=[x, masks], outputs_info=[T.zeros((3,)), None])
cost = T.mean((outs - y) ** 2)
params = [Wx, Wh, v]
grads = T.grad(cost, params)
for p, g in zip(params, grads):
    upd[p] = p - 0.1 * g
X = np.random.RandomState(3).rand(4, 2)
Y = np.array([0.1, -0.2, 0.3, 0.0])
start = [p.get_value() for p in params]
state = srng.state_updates[0][0].get_value().get_state()
for mode in ['FAST_RUN', 'FAST_COMPILE', theano.Mode(optimizer=None)]:
    for p, s in zip(params, start):
        p.set_value(s)
    rs = np.random.RandomState()
    rs.set_state(state)
    srng.state_updates[0][0].set_value(rs)
    train = theano.function([x, y], cost, updates=upd, mode=mode)
    print(mode if isinstance(mode, str) else 'optimizer=None', [float(train(X, Y)) for _ in range(3)],
          np.round(Wh.get_value(), 8).tolist())
predict = theano.function([x], outs, mode='FAST_COMPILE')
print(np.round(predict(X), 8).tolist())
theano.printing.debugprint(predict)
