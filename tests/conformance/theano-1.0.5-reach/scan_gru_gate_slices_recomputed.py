# Covers: a GRU over one-hot rows T.eye(V)[idx] whose update and reset gates each slice the stacked product written anew, gate(x_t, h_tm1, g) = (T.dot(x_t, W) + T.dot(h_tm1, U) + b)[g * H:(g + 1) * H], the candidate tanh(T.dot(x_t, Wh) + T.dot(r * h_tm1, Uh)), h = (1 - z) * h_tm1 + z * candidate; softmax with categorical_crossentropy, T.grad (BPTT) and SGD updates; the compiled debugprint, two costs and a parameter.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


V, H = 3, 2
rng = np.random.RandomState(3)


def param(name, *shape):
    return theano.shared(rng.uniform(-0.5, 0.5, shape), name=name)


W, U, b = param('W', V, 2 * H), param('U', H, 2 * H), param('b', 2 * H)
Wh, Uh = param('Wh', V, H), param('Uh', H, H)
Wy, by = param('Wy', H, V), param('by', V)
params = [W, U, b, Wh, Uh, Wy, by]
idx = T.ivector('idx')
target = T.ivector('target')
X = T.eye(V)[idx]


def gate(x_t, h_tm1, g):
    return (T.dot(x_t, W) + T.dot(h_tm1, U) + b)[g * H:(g + 1) * H]


def gru(x_t, h_tm1):
    z = T.nnet.sigmoid(gate(x_t, h_tm1, 0))
    r = T.nnet.sigmoid(gate(x_t, h_tm1, 1))
    h_new = T.tanh(T.dot(x_t, Wh) + T.dot(r * h_tm1, Uh))
    return (1 - z) * h_tm1 + z * h_new


h, _ = theano.scan(gru, sequences=[X], outputs_info=[T.zeros(H)])
y = T.nnet.softmax(T.dot(h, Wy) + by)
cost = T.nnet.categorical_crossentropy(y, target).mean()
grads = T.grad(cost, params)
train = theano.function([idx, target], cost, updates=[(p, p - 0.1 * g) for p, g in zip(params, grads)])
theano.printing.debugprint(train)
for step in range(2):
    print("cost", float(train(np.array([0, 2, 1], 'int32'), np.array([2, 1, 0], 'int32'))))
show("Uh", Uh.get_value())
