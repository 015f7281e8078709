# Covers: dropout as tutorial code writes it: _dropout_from_layer(rng, layer, p) with srng = RandomStreams(rng.randint(999999)), mask = srng.binomial(n=1, p=1-p, size=layer.shape) and layer * T.cast(mask, theano.config.floatX); a two-layer dropout net sharing weights with a test net whose weights are scaled by (1 - p); training with momentum-free SGD over 3 steps; dropout and test costs, the int64 mask dtype and masked outputs.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def _dropout_from_layer(rng, layer, p):
    srng = RandomStreams(rng.randint(999999))
    mask = srng.binomial(n=1, p=1 - p, size=layer.shape)
    print("mask dtype", mask.dtype)
    output = layer * T.cast(mask, theano.config.floatX)
    return output


rng = np.random.RandomState(89677)
x = T.matrix('x')
y = T.ivector('y')
W1 = theano.shared(np.asarray(rng.uniform(-0.5, 0.5, (4, 5)), dtype=theano.config.floatX), name='W1')
b1 = theano.shared(np.zeros(5, dtype=theano.config.floatX), name='b1')
W2 = theano.shared(np.asarray(rng.uniform(-0.5, 0.5, (5, 2)), dtype=theano.config.floatX), name='W2')
b2 = theano.shared(np.zeros(2, dtype=theano.config.floatX), name='b2')
dropout_rate = 0.5

x_drop = _dropout_from_layer(rng, x, 0.2)
h_drop = T.nnet.relu(T.dot(x_drop, W1) + b1)
h_drop = _dropout_from_layer(rng, h_drop, dropout_rate)
p_drop = T.nnet.softmax(T.dot(h_drop, W2) + b2)
dropout_cost = -T.mean(T.log(p_drop)[T.arange(y.shape[0]), y])

h_test = T.nnet.relu(T.dot(x, W1 * (1 - 0.2)) + b1)
p_test = T.nnet.softmax(T.dot(h_test, W2 * (1 - dropout_rate)) + b2)
test_cost = -T.mean(T.log(p_test)[T.arange(y.shape[0]), y])
errors = T.mean(T.neq(T.argmax(p_test, axis=1), y))

params = [W1, b1, W2, b2]
gparams = T.grad(dropout_cost, params)
updates = [(p, p - 0.5 * g) for p, g in zip(params, gparams)]
train = theano.function([x, y], [dropout_cost, h_drop], updates=updates, name='train')
test = theano.function([x, y], [test_cost, errors], name='test')
xv = np.asarray(rng.rand(3, 4), dtype=theano.config.floatX)
yv = np.array([1, 0, 1], dtype='int32')
for step in range(3):
    c, hd = train(xv, yv)
    print("step", step, "dropout cost", float(c))
    show("h_drop", hd)
    tc, err = test(xv, yv)
    print("test cost", float(tc), "errors", float(err))
for p in params:
    show(p.name, p.get_value())
