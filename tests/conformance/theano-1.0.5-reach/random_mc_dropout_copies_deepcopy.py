# Covers: Monte Carlo dropout as users write it: an MRG dropout mask behind T.switch(T.neq(flag, 0), h * mask / (1 - p), h) on a shared int8 train flag, Gaussian input noise from RandomStreams, momentum in an OrderedDict; a prediction function that advances the streams at each call (three MC samples averaged), one compiled with no_default_updates=True (the same draws every call) and one with no_default_updates=[the noise stream] (the mask still advances); train.copy(), train.copy(swap=...) onto new shared weights, copy.copy(f) (f.copy(): its outputs as a list) and copy.deepcopy(train) (its own weights and stream state); values, MRG rstate and the debugprints of the training and test functions.
import copy
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams
from theano.tensor.shared_randomstreams import RandomStreams
from collections import OrderedDict

floatX = theano.config.floatX
rng = np.random.RandomState(42)
srng = MRG_RandomStreams(seed=1234)
noise = RandomStreams(seed=99)


def dropout(h, p, train_flag):
    mask = srng.binomial(n=1, p=1 - p, size=h.shape, dtype=floatX)
    return T.switch(T.neq(train_flag, 0), h * mask / (1 - p), h)


class Net(object):
    def __init__(self, x, n_in, n_hid, n_out, train_flag):
        self.W1 = theano.shared(rng.normal(0, 0.3, (n_in, n_hid)).astype(floatX), name='W1')
        self.b1 = theano.shared(np.zeros(n_hid, dtype=floatX), name='b1')
        self.W2 = theano.shared(rng.normal(0, 0.3, (n_hid, n_out)).astype(floatX), name='W2')
        self.b2 = theano.shared(np.zeros(n_out, dtype=floatX), name='b2')
        h = T.nnet.relu(T.dot(x, self.W1) + self.b1)
        h = dropout(h, 0.5, train_flag)
        self.out = T.dot(h, self.W2) + self.b2
        self.params = [self.W1, self.b1, self.W2, self.b2]


x = T.matrix('x')
t = T.vector('t')
flag = theano.shared(np.int8(1), name='train_flag')
net = Net(x + noise.normal(x.shape, std=0.05), 3, 5, 1, flag)
pred = net.out[:, 0]
mse = T.mean((pred - t) ** 2)
grads = T.grad(mse, net.params)
velocity = [theano.shared(np.zeros_like(p.get_value()), name='v_' + p.name) for p in net.params]
updates = OrderedDict()
for p, g, v in zip(net.params, grads, velocity):
    updates[v] = 0.9 * v - 0.05 * g
    updates[p] = p + updates[v]
train = theano.function([x, t], mse, updates=updates)
mc_predict = theano.function([x], pred)
det_predict = theano.function([x], pred, no_default_updates=True)
frozen = theano.function([x], pred, no_default_updates=[noise.state_updates[0][0]])
X = rng.rand(4, 3).astype(floatX)
T_ = X.sum(axis=1) - 1.0
for step in range(3):
    print('step', step, 'mse', float(train(X, T_)))
flag.set_value(np.int8(1))
samples = np.array([mc_predict(X) for _ in range(3)])
print('mc mean', np.round(samples.mean(axis=0), 8).tolist(), 'std', np.round(samples.std(axis=0), 8).tolist())
print('det twice', np.round(det_predict(X), 8).tolist(), np.round(det_predict(X), 8).tolist())
print('frozen twice', np.round(frozen(X), 8).tolist(), np.round(frozen(X), 8).tolist())
flag.set_value(np.int8(0))
print('eval', np.round(mc_predict(X), 8).tolist(), np.round(det_predict(X), 8).tolist())
train_copy = train.copy()
print('copy step', [float(v) for v in train_copy(X, T_)], float(train(X, T_)))
vals = [theano.shared(p.get_value()) for p in net.params]
swapped = train.copy(swap=dict(zip(net.params, vals)))
print('swap step', [float(v) for v in swapped(X, T_)], [np.round(v.get_value(), 8).tolist() for v in vals[2:]])
print('original W2', np.round(net.W2.get_value(), 8).tolist())
print('mrg rstate', srng.rstate.tolist(), len(srng.state_updates))
shallow = copy.copy(mc_predict)
print(type(shallow).__name__, np.round(shallow(X), 8).tolist())
deep = copy.deepcopy(train)
w2_before = net.W2.get_value()
print('deep step', float(deep(X, T_)), bool(np.array_equal(net.W2.get_value(), w2_before)), float(train(X, T_)))
theano.printing.debugprint(train)
theano.printing.debugprint(det_predict)
theano.printing.debugprint(frozen)
