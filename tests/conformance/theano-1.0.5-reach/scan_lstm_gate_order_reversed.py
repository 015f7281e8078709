# Covers: an LSTM over one-hot rows T.eye(V)[idx] whose gates are computed in the order cell, output, forget, input, each slicing the stacked product written anew, gate(x_t, h_tm1, g) = (T.dot(x_t, W) + T.dot(h_tm1, U) + b)[g * H:(g + 1) * H] (the four products merged into one); T.grad (BPTT) of a squared error and SGD updates; the compiled debugprint, two costs and a parameter.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


V, H = 3, 2
rng = np.random.RandomState(1)


def param(name, *shape):
    return theano.shared(rng.uniform(-0.5, 0.5, shape), name=name)


W, U, b = param('W', V, 4 * H), param('U', H, 4 * H), param('b', 4 * H)
params = [W, U, b]
idx = T.ivector('idx')
y = T.dmatrix('y')
X = T.eye(V)[idx]


def gate(x_t, h_tm1, g):
    return (T.dot(x_t, W) + T.dot(h_tm1, U) + b)[g * H:(g + 1) * H]


def lstm(x_t, h_tm1, c_tm1):
    g = T.tanh(gate(x_t, h_tm1, 3))
    o = T.nnet.sigmoid(gate(x_t, h_tm1, 2))
    f = T.nnet.sigmoid(gate(x_t, h_tm1, 1))
    i = T.nnet.sigmoid(gate(x_t, h_tm1, 0))
    c = f * c_tm1 + i * g
    return o * T.tanh(c), c


(h, c), _ = theano.scan(lstm, sequences=[X], outputs_info=[T.zeros(H), T.zeros(H)])
cost = T.sqr(h - y).sum()
grads = T.grad(cost, params)
train = theano.function([idx, y], cost, updates=[(p, p - 0.1 * g) for p, g in zip(params, grads)])
theano.printing.debugprint(train)
target = np.array([[0.5, -0.5], [0.1, 0.2], [-0.3, 0.4]])
for step in range(2):
    print("cost", float(train(np.array([0, 2, 1], 'int32'), target)))
show("U", U.get_value())
