# Covers: a reduced tutorial MLP with dropout: tanh hidden layer times srng.binomial(size=h.shape, p=0.5) mask, softmax output, NLL cost, T.grad of all four shared parameters, SGD train function (advances the mask stream every call) and a no_default_updates=True test function that reads the mask stream without advancing it; losses, parameters, masks and stream state positions over 3 steps.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def state(name, rng):
    st = rng.get_value().get_state()
    print(name, st[1][:3].tolist(), int(st[2]))


rs = np.random.RandomState(1234)
srng = RandomStreams(seed=4321)
x = T.dmatrix('x')
y = T.ivector('y')
W1 = theano.shared(rs.uniform(-0.5, 0.5, (3, 4)), name='W1')
b1 = theano.shared(np.zeros(4), name='b1')
W2 = theano.shared(rs.uniform(-0.5, 0.5, (4, 2)), name='W2')
b2 = theano.shared(np.zeros(2), name='b2')
h = T.tanh(T.dot(x, W1) + b1)
mask = srng.binomial(size=h.shape, n=1, p=0.5, dtype='float64')
h_drop = h * mask
p_y = T.nnet.softmax(T.dot(h_drop, W2) + b2)
cost = -T.mean(T.log(p_y)[T.arange(y.shape[0]), y])
params = [W1, b1, W2, b2]
grads = T.grad(cost, params)
updates = [(p, p - 0.1 * g) for p, g in zip(params, grads)]
train = theano.function([x, y], [cost, mask], updates=updates, name='train')
test = theano.function([x, y], [cost, mask], no_default_updates=True, name='test')
data_x = np.array([[1.0, 0.5, -0.2], [-0.3, 0.8, 1.0], [0.9, -1.0, 0.4]])
data_y = np.array([0, 1, 0], dtype='int32')
rng = mask.rng
state("rng0", rng)
for step in range(3):
    c, m = train(data_x, data_y)
    print("train", step, float(c))
    show("mask", m)
    state("rng", rng)
    c, m = test(data_x, data_y)
    print("test", step, float(c))
    show("test_mask", m)
    state("rng_after_test", rng)
for p in params:
    show(p.name, p.get_value())
