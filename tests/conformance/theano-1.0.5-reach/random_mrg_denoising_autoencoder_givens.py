# Covers: a denoising autoencoder as a new user writes it with MRG_RandomStreams: corruption by theano_rng.binomial(size=x.shape, n=1, p=1 - corruption_level, dtype=floatX) * x, tied weights (W and W.T), sigmoid encoder/decoder, cross-entropy reconstruction cost with T.mean over rows, SGD updates as a list comprehension over T.grad of [W, b, b_prime], minibatches taken from a shared dataset through givens with an index, a reconstruction function without corruption compiled with no_default_updates=True, and a peek at the corruption mask; costs, reconstructions and the MRG state rows over 3 epochs.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 10).tolist())


rng = np.random.RandomState(123)
theano_rng = MRG_RandomStreams(rng.randint(2 ** 30))
data = (rng.uniform(size=(6, 5)) > 0.5).astype(theano.config.floatX)
train_set_x = theano.shared(data, borrow=True)
n_visible, n_hidden, batch_size = 5, 3, 2
bound = 4 * np.sqrt(6. / (n_hidden + n_visible))
W = theano.shared(np.asarray(rng.uniform(low=-bound, high=bound, size=(n_visible, n_hidden)),
                             dtype=theano.config.floatX), name='W', borrow=True)
b = theano.shared(np.zeros(n_hidden, dtype=theano.config.floatX), name='b', borrow=True)
b_prime = theano.shared(np.zeros(n_visible, dtype=theano.config.floatX), name='b_prime', borrow=True)
params = [W, b, b_prime]

index = T.lscalar('index')
x = T.matrix('x')
corruption_level = 0.3
tilde_x = theano_rng.binomial(size=x.shape, n=1, p=1 - corruption_level,
                              dtype=theano.config.floatX) * x
y = T.nnet.sigmoid(T.dot(tilde_x, W) + b)
z = T.nnet.sigmoid(T.dot(y, W.T) + b_prime)
L = - T.sum(x * T.log(z) + (1 - x) * T.log(1 - z), axis=1)
cost = T.mean(L)
gparams = T.grad(cost, params)
learning_rate = 0.1
updates = [(param, param - learning_rate * gparam) for param, gparam in zip(params, gparams)]
train_da = theano.function([index], cost, updates=updates,
                           givens={x: train_set_x[index * batch_size: (index + 1) * batch_size]})
clean_y = T.nnet.sigmoid(T.dot(x, W) + b)
reconstruct = theano.function([x], T.nnet.sigmoid(T.dot(clean_y, W.T) + b_prime),
                              no_default_updates=True)
peek = theano.function([x], tilde_x, no_default_updates=True)
for epoch in range(3):
    c = [float(train_da(i)) for i in range(3)]
    print('epoch', epoch, 'cost', np.round(np.mean(c), 10))
    show('peek', peek(data[:2]))
    print('rstate', [r[0].get_value()[0].tolist() for r in theano_rng.state_updates])
show('reconstruction', reconstruct(data[:2]))
show('W', W.get_value())
