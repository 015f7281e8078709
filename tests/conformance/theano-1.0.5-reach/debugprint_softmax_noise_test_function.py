# Covers: softmax regression trained on inputs with Gaussian noise (srng.normal(x.shape, std=0.05)) with an error-rate test function compiled with no_default_updates=True (T.mean(T.neq(T.argmax(p, axis=1), y))); losses and errors over 4 steps, and the debugprints of the test and training functions.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
rng = np.random.RandomState(3)
srng = RandomStreams(seed=2)
x = T.dmatrix('x')
y = T.ivector('y')
W = theano.shared(np.zeros((4, 3)), name='W')
b = theano.shared(np.zeros(3), name='b')
p = T.nnet.softmax(T.dot(x + srng.normal(x.shape, std=0.05), W) + b)
y_pred = T.argmax(p, axis=1)
nll = -T.mean(T.log(p)[T.arange(y.shape[0]), y])
errors = T.mean(T.neq(y_pred, y))
gW, gb = T.grad(nll, [W, b])
train = theano.function([x, y], nll, updates=[(W, W - 0.5 * gW), (b, b - 0.5 * gb)])
test = theano.function([x, y], errors, no_default_updates=True)
X = rng.randn(6, 4); Y = np.array([0, 1, 2, 0, 1, 2], dtype='int32')
for i in range(4):
    print(i, repr(float(train(X, Y))), repr(float(test(X, Y))))
theano.printing.debugprint(test)
theano.printing.debugprint(train)
