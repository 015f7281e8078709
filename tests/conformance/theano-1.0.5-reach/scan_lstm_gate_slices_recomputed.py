# Covers: an LSTM over one-hot rows T.eye(V)[idx] whose gates each slice the stacked product written anew, gate(x_t, h_tm1, g) = (T.dot(x_t, W) + T.dot(h_tm1, U) + b)[g * H:(g + 1) * H] (the four products merged into one), sigmoid/tanh gates, outputs_info [T.zeros(H), T.zeros(H)]; a RandomStreams binomial dropout mask on the states outside the loop, softmax with categorical_crossentropy, T.grad (BPTT) and SGD updates; the compiled debugprint, two costs and two parameters.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


V, H = 3, 2
rng = np.random.RandomState(0)
srng = RandomStreams(seed=7)


def param(name, *shape):
    return theano.shared(rng.uniform(-0.5, 0.5, shape), name=name)


W, U, b = param('W', V, 4 * H), param('U', H, 4 * H), param('b', 4 * H)
Wy, by = param('Wy', H, V), param('by', V)
params = [W, U, b, Wy, by]
idx = T.ivector('idx')
target = T.ivector('target')
X = T.eye(V)[idx]


def gate(x_t, h_tm1, g):
    return (T.dot(x_t, W) + T.dot(h_tm1, U) + b)[g * H:(g + 1) * H]


def lstm(x_t, h_tm1, c_tm1):
    i = T.nnet.sigmoid(gate(x_t, h_tm1, 0))
    f = T.nnet.sigmoid(gate(x_t, h_tm1, 1))
    o = T.nnet.sigmoid(gate(x_t, h_tm1, 2))
    c = f * c_tm1 + i * T.tanh(gate(x_t, h_tm1, 3))
    return o * T.tanh(c), c


(h, c), _ = theano.scan(lstm, sequences=[X], outputs_info=[T.zeros(H), T.zeros(H)])
h = h * srng.binomial(size=h.shape, p=0.8, dtype='float64')
y = T.nnet.softmax(T.dot(h, Wy) + by)
cost = T.nnet.categorical_crossentropy(y, target).mean()
grads = T.grad(cost, params)
train = theano.function([idx, target], cost, updates=[(p, p - 0.1 * g) for p, g in zip(params, grads)])
theano.printing.debugprint(train)
for step in range(2):
    print("cost", float(train(np.array([0, 2, 1], 'int32'), np.array([2, 1, 0], 'int32'))))
show("W", W.get_value())
show("U", U.get_value())
