# Covers: an LSTM over one-hot rows of an int vector (X = T.eye(V)[idx], idx a T.ivector) fed as the sequence of theano.scan, a step lstm(x_t, h_tm1, c_tm1) with T.dot(x_t, W) + T.dot(h_tm1, U) + b per gate, T.nnet.sigmoid gates and T.tanh, outputs_info [T.zeros(H), T.zeros(H)]; a RandomStreams binomial dropout mask on the hidden states outside the loop, a T.nnet.softmax output and T.nnet.categorical_crossentropy(y, target).mean(), T.grad through the loop (BPTT) for the 14 parameters and SGD updates; the compiled debugprint, two training costs and two parameters.
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


Wi, Ui, bi = param('Wi', V, H), param('Ui', H, H), param('bi', H)
Wf, Uf, bf = param('Wf', V, H), param('Uf', H, H), param('bf', H)
Wo, Uo, bo = param('Wo', V, H), param('Uo', H, H), param('bo', H)
Wc, Uc, bc = param('Wc', V, H), param('Uc', H, H), param('bc', H)
Wy, by = param('Wy', H, V), param('by', V)
params = [Wi, Ui, bi, Wf, Uf, bf, Wo, Uo, bo, Wc, Uc, bc, Wy, by]

idx = T.ivector('idx')
target = T.ivector('target')
X = T.eye(V)[idx]


def lstm(x_t, h_tm1, c_tm1):
    i = T.nnet.sigmoid(T.dot(x_t, Wi) + T.dot(h_tm1, Ui) + bi)
    f = T.nnet.sigmoid(T.dot(x_t, Wf) + T.dot(h_tm1, Uf) + bf)
    o = T.nnet.sigmoid(T.dot(x_t, Wo) + T.dot(h_tm1, Uo) + bo)
    c = f * c_tm1 + i * T.tanh(T.dot(x_t, Wc) + T.dot(h_tm1, Uc) + bc)
    h = o * T.tanh(c)
    return h, c


(h, c), _ = theano.scan(lstm, sequences=[X], outputs_info=[T.zeros(H), T.zeros(H)])
h = h * srng.binomial(size=h.shape, p=0.8, dtype='float64')
y = T.nnet.softmax(T.dot(h, Wy) + by)
cost = T.nnet.categorical_crossentropy(y, target).mean()
grads = T.grad(cost, params)
train = theano.function([idx, target], cost,
                        updates=[(p, p - 0.1 * g) for p, g in zip(params, grads)])
theano.printing.debugprint(train)
for step in range(2):
    print("cost", float(train(np.array([0, 2, 1], 'int32'), np.array([2, 1, 0], 'int32'))))
show("Wi", Wi.get_value())
show("Uc", Uc.get_value())
