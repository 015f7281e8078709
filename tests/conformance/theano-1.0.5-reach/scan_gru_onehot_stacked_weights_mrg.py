# Covers: a GRU over one-hot rows given as a T.imatrix cast to float64 (T.cast(oh, 'float64')), its three gates sliced from one stacked product (T.dot(x_t, W) + T.dot(h_tm1, U) + b)[g * H:(g + 1) * H] (the candidate's from r * h_tm1), z/r by T.nnet.sigmoid and the candidate by T.tanh, outputs_info [T.zeros(H)]; an MRG_RandomStreams binomial dropout mask on the states outside the loop, softmax with categorical_crossentropy, T.grad (BPTT) and SGD updates; the compiled debugprint, two costs and two parameters.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


V, H = 3, 2
rng = np.random.RandomState(0)
srng = MRG_RandomStreams(seed=7)


def param(name, *shape):
    return theano.shared(rng.uniform(-0.5, 0.5, shape), name=name)


W, U, b = param('W', V, 3 * H), param('U', H, 3 * H), param('b', 3 * H)
Wy, by = param('Wy', H, V), param('by', V)
params = [W, U, b, Wy, by]
oh = T.imatrix('oh')
target = T.ivector('target')
X = T.cast(oh, 'float64')


def gate(x_t, h, g):
    return (T.dot(x_t, W) + T.dot(h, U) + b)[g * H:(g + 1) * H]


def gru(x_t, h_tm1):
    z = T.nnet.sigmoid(gate(x_t, h_tm1, 0))
    r = T.nnet.sigmoid(gate(x_t, h_tm1, 1))
    hh = T.tanh(gate(x_t, r * h_tm1, 2))
    return (1 - z) * h_tm1 + z * hh


h, _ = theano.scan(gru, sequences=[X], outputs_info=[T.zeros(H)])
h = h * srng.binomial(size=h.shape, p=0.8, dtype='float64')
y = T.nnet.softmax(T.dot(h, Wy) + by)
cost = T.nnet.categorical_crossentropy(y, target).mean()
grads = T.grad(cost, params)
train = theano.function([oh, target], cost, updates=[(p, p - 0.1 * g) for p, g in zip(params, grads)])
theano.printing.debugprint(train)
for step in range(2):
    print("cost", float(train(np.eye(V, dtype='int32')[[0, 2, 1]], np.array([2, 1, 0], 'int32'))))
show("W", W.get_value())
show("U", U.get_value())
