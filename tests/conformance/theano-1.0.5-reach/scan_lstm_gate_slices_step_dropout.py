# Covers: an LSTM over one-hot rows T.eye(V)[idx] whose gates each slice the stacked product written anew (the four products merged into one), with a RandomStreams binomial dropout mask on h_tm1 drawn once outside the loop and passed as a non-sequence, gate(x_t, h_tm1 * mask, g); T.grad (BPTT) of a squared error and SGD updates; the compiled debugprint, two costs (two masks) and a parameter.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


V, H = 3, 2
rng = np.random.RandomState(4)
srng = RandomStreams(seed=11)


def param(name, *shape):
    return theano.shared(rng.uniform(-0.5, 0.5, shape), name=name)


W, U, b = param('W', V, 4 * H), param('U', H, 4 * H), param('b', 4 * H)
params = [W, U, b]
idx = T.ivector('idx')
y = T.dmatrix('y')
X = T.eye(V)[idx]
mask = srng.binomial(size=(H,), p=0.7, dtype='float64')


def gate(x_t, h_tm1, g):
    return (T.dot(x_t, W) + T.dot(h_tm1, U) + b)[g * H:(g + 1) * H]


def lstm(x_t, h_tm1, c_tm1, m):
    hd = h_tm1 * m
    i = T.nnet.sigmoid(gate(x_t, hd, 0))
    f = T.nnet.sigmoid(gate(x_t, hd, 1))
    o = T.nnet.sigmoid(gate(x_t, hd, 2))
    c = f * c_tm1 + i * T.tanh(gate(x_t, hd, 3))
    return o * T.tanh(c), c


(h, c), _ = theano.scan(lstm, sequences=[X], outputs_info=[T.zeros(H), T.zeros(H)],
                        non_sequences=[mask])
cost = T.sqr(h - y).sum()
grads = T.grad(cost, params)
train = theano.function([idx, y], cost, updates=[(p, p - 0.1 * g) for p, g in zip(params, grads)])
theano.printing.debugprint(train)
target = np.array([[0.5, -0.5], [0.1, 0.2], [-0.3, 0.4]])
for step in range(2):
    print("cost", float(train(np.array([0, 2, 1], 'int32'), target)))
show("U", U.get_value())
