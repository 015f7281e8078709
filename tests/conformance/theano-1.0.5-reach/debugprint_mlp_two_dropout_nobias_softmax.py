# Covers: debugprint of the compiled training function of an MLP with dropout on its input and both hidden layers (a drop(h, p) helper with srng.binomial(n=1, p=1 - p, size=h.shape) / (1 - p)), relu then tanh, and a softmax without bias under categorical_crossentropy (the fused cross-entropy's zero bias stays Elemwise{second} of a row of the logits, made after specialize); costs over 3 steps.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
rng = np.random.RandomState(1)
srng = RandomStreams(seed=4)
x = T.dmatrix('x'); y = T.ivector('y')
W1 = theano.shared(rng.randn(4, 5) * 0.3, name='W1'); b1 = theano.shared(np.zeros(5), name='b1')
W2 = theano.shared(rng.randn(5, 5) * 0.3, name='W2'); b2 = theano.shared(np.zeros(5), name='b2')
W3 = theano.shared(rng.randn(5, 3) * 0.3, name='W3')
def drop(h, p):
    return h * srng.binomial(n=1, p=1 - p, size=h.shape, dtype='float64') / (1 - p)
x_d = drop(x, 0.2)
h1 = drop(T.nnet.relu(T.dot(x_d, W1) + b1), 0.5)
h2 = drop(T.tanh(T.dot(h1, W2) + b2), 0.5)
p = T.nnet.softmax(T.dot(h2, W3))
cost = T.nnet.categorical_crossentropy(p, y).mean()
params = [W1, b1, W2, b2, W3]
train = theano.function([x, y], cost, updates=[(q, q - 0.1 * g) for q, g in zip(params, T.grad(cost, params))])
X = rng.randn(4, 4); Y = np.array([0, 2, 1, 0], dtype='int32')
for i in range(3):
    print(i, repr(float(train(X, Y))))
theano.printing.debugprint(train)
