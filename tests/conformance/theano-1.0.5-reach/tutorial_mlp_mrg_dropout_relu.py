# Covers: MRG_RandomStreams dropout in a two-layer MLP trained with SGD, eval function with no_default_updates, rescaled mask, int labels and categorical crossentropy, error rate.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(1)
srng = MRG_RandomStreams(seed=1234)
x = T.matrix('x')
y = T.ivector('y')
W1 = theano.shared(rng.uniform(-0.5, 0.5, (5, 4)), name='W1')
b1 = theano.shared(np.zeros(4), name='b1')
W2 = theano.shared(rng.uniform(-0.5, 0.5, (4, 3)), name='W2')
b2 = theano.shared(np.zeros(3), name='b2')
h = T.nnet.relu(T.dot(x, W1) + b1)
mask = srng.binomial(n=1, p=0.5, size=h.shape, dtype='float64')
h_drop = h * mask / 0.5
p_y = T.nnet.softmax(T.dot(h_drop, W2) + b2)
p_y_eval = T.nnet.softmax(T.dot(h, W2) + b2)
cost = T.mean(T.nnet.categorical_crossentropy(p_y, y))
err = T.mean(T.neq(T.argmax(p_y_eval, axis=1), y))
params = [W1, b1, W2, b2]
gparams = T.grad(cost, params)
train = theano.function([x, y], cost, updates=[(p, p - 0.1 * g) for p, g in zip(params, gparams)])
evaluate = theano.function([x, y], err)
peek = theano.function([x], mask, no_default_updates=True)
X = rng.normal(size=(6, 5))
Y = np.array([0, 1, 2, 0, 1, 2], dtype='int32')
for i in range(3):
    print('cost', float(train(X, Y)), 'err', float(evaluate(X, Y)))
show('peek', peek(X[:2]))
show('peek', peek(X[:2]))
show('b2', b2.get_value())
