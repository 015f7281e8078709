# Covers: an LSTM whose gates each slice the stacked weights, not the product, sigmoid(T.dot(x_t, W[:, g*H:(g+1)*H]) + T.dot(h_tm1, U[:, g*H:(g+1)*H]) + b[g*H:(g+1)*H]), over a dmatrix sequence with outputs_info [T.zeros(H), T.zeros(H)]; T.grad (BPTT) of the last state's squared sum and SGD updates; the compiled debugprint, two costs and a parameter.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


V, H = 3, 2
rng = np.random.RandomState(2)


def param(name, *shape):
    return theano.shared(rng.uniform(-0.5, 0.5, shape), name=name)


W, U, b = param('W', V, 4 * H), param('U', H, 4 * H), param('b', 4 * H)
params = [W, U, b]
X = T.dmatrix('X')


def gate(x_t, h_tm1, g):
    s = slice(g * H, (g + 1) * H)
    return T.dot(x_t, W[:, s]) + T.dot(h_tm1, U[:, s]) + b[s]


def lstm(x_t, h_tm1, c_tm1):
    i = T.nnet.sigmoid(gate(x_t, h_tm1, 0))
    f = T.nnet.sigmoid(gate(x_t, h_tm1, 1))
    o = T.nnet.sigmoid(gate(x_t, h_tm1, 2))
    c = f * c_tm1 + i * T.tanh(gate(x_t, h_tm1, 3))
    return o * T.tanh(c), c


(h, c), _ = theano.scan(lstm, sequences=[X], outputs_info=[T.zeros(H), T.zeros(H)])
cost = T.sqr(h[-1]).sum()
grads = T.grad(cost, params)
train = theano.function([X], cost, updates=[(p, p - 0.1 * g) for p, g in zip(params, grads)])
theano.printing.debugprint(train)
data = np.array([[1.0, 0.0, 0.5], [0.0, 1.0, -0.5], [0.3, 0.3, 0.3]])
for step in range(2):
    print("cost", float(train(data)))
show("W", W.get_value())
