# Covers: an MLP with three layers built by a helper (shared weights with borrow=True), a dropout mask srng.binomial(size=h1.shape, p=0.8, dtype=theano.config.floatX) scaled by 1/p, a leaky ReLU written with T.switch, softmax output and NLL via log(p)[arange, y], an L2 term summed over the weights, momentum velocities in an OrderedDict with gradients clipped by T.clip; costs over 3 epochs, predictions, a weight, the compiled prediction function's debugprint, and the MethodNotDefined error T.grad gives through T.nnet.ultra_fast_sigmoid (type and first line).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from collections import OrderedDict

rng = np.random.RandomState(7)
srng = RandomStreams(seed=99)
X = rng.randn(6, 4)
Y = np.array([0, 1, 2, 1, 0, 2], dtype='int32')

x = T.dmatrix('x')
y = T.ivector('y')
def layer(n_in, n_out, name):
    W = theano.shared(rng.uniform(-0.5, 0.5, (n_in, n_out)), name='W' + name, borrow=True)
    b = theano.shared(np.zeros(n_out), name='b' + name, borrow=True)
    return W, b
W1, b1 = layer(4, 5, '1')
W2, b2 = layer(5, 5, '2')
W3, b3 = layer(5, 3, '3')
h1 = T.nnet.sigmoid(T.dot(x, W1) + b1)
mask = srng.binomial(size=h1.shape, p=0.8, dtype=theano.config.floatX)
h1d = h1 * mask / 0.8
h2 = T.switch(T.dot(h1d, W2) + b2 > 0, T.dot(h1d, W2) + b2, 0.01 * (T.dot(h1d, W2) + b2))
p = T.nnet.softmax(T.dot(h2, W3) + b3)
params = [W1, b1, W2, b2, W3, b3]
l2 = sum((W ** 2).sum() for W in [W1, W2, W3])
cost = -T.mean(T.log(p)[T.arange(y.shape[0]), y]) + 1e-3 * l2
grads = T.grad(cost, params)
try:
    T.grad(T.nnet.ultra_fast_sigmoid(T.dot(x, W1) + b1).sum(), W1)
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
updates = OrderedDict()
for prm, g in zip(params, grads):
    vel = theano.shared(np.zeros_like(prm.get_value()), name='v_' + prm.name)
    v_new = 0.9 * vel - 0.1 * T.clip(g, -1.0, 1.0)
    updates[vel] = v_new
    updates[prm] = prm + v_new
train = theano.function([x, y], cost, updates=updates)
h1t = T.nnet.ultra_fast_sigmoid(T.dot(x, W1) + b1)
h2t = T.dot(h1t, W2) + b2
pred = T.argmax(T.nnet.softmax(T.dot(T.switch(h2t > 0, h2t, 0.01 * h2t), W3) + b3), axis=1)
predict = theano.function([x], pred)
for epoch in range(3):
    print(epoch, repr(float(train(X, Y))))
print(predict(X).tolist())
print(W3.get_value().round(12).tolist())
theano.printing.debugprint(predict)
