# Covers: logistic regression trained on inputs with Gaussian noise srng.normal(size=x.shape, std=0.1), binary_crossentropy with an L2 term; the noise stream's state saved with get_value(borrow=False) and restored with set_value to repeat a training run (c1 == c3), a probe function compiled with no_default_updates=True and one with no_default_updates=[noise.rng] (every call the same draw); values and the training function's debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(seed=2024)
rng = np.random.RandomState(1)
X = rng.randn(5, 3)
Y = np.array([1, 0, 1, 1, 0], dtype='float64')
x = T.dmatrix('x')
y = T.dvector('y')
w = theano.shared(np.zeros(3), name='w')
b = theano.shared(0.0, name='b')
noise = srng.normal(size=x.shape, std=0.1)
xn = x + noise
p = T.nnet.sigmoid(T.dot(xn, w) + b)
cost = T.nnet.binary_crossentropy(p, y).mean() + 0.01 * (w ** 2).sum()
gw, gb = T.grad(cost, [w, b])
train = theano.function([x, y], cost, updates=[(w, w - 0.5 * gw), (b, b - 0.5 * gb)])
probe = theano.function([x], p, no_default_updates=True)
probe_noise = theano.function([x], noise, no_default_updates=[noise.rng])
state = noise.rng.get_value(borrow=False)
c1 = train(X, Y)
c2 = train(X, Y)
noise.rng.set_value(state)
w.set_value(np.zeros(3)); b.set_value(0.0)
c3 = train(X, Y)
print(repr(float(c1)), repr(float(c2)), repr(float(c3)), c1 == c3)
p1 = probe(X)
p2 = probe(X)
print((p1 == p2).all(), p1.round(10).tolist())
n1 = probe_noise(X); n2 = probe_noise(X)
print((n1 == n2).all())
theano.printing.debugprint(train)
