# Covers: the denoising autoencoder tutorial's dA with MRG_RandomStreams(rng.randint(2 ** 30)) corruption theano_rng.binomial(size=x.shape, n=1, p=1 - 0.3, dtype=theano.config.floatX) * x, tied weights, the tutorial's initialisation range and cross-entropy cost; costs over 3 steps and the compiled training function's debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams
rng = np.random.RandomState(123)
theano_rng = MRG_RandomStreams(rng.randint(2 ** 30))
n_visible, n_hidden = 6, 4
W = theano.shared(np.asarray(rng.uniform(low=-4 * np.sqrt(6. / (n_hidden + n_visible)), high=4 * np.sqrt(6. / (n_hidden + n_visible)), size=(n_visible, n_hidden))), name='W', borrow=True)
b = theano.shared(np.zeros(n_hidden), name='b', borrow=True)
b_prime = theano.shared(np.zeros(n_visible), name='b_prime', borrow=True)
x = T.dmatrix('x')
tilde_x = theano_rng.binomial(size=x.shape, n=1, p=1 - 0.3, dtype=theano.config.floatX) * x
y = T.nnet.sigmoid(T.dot(tilde_x, W) + b)
z = T.nnet.sigmoid(T.dot(y, W.T) + b_prime)
L = -T.sum(x * T.log(z) + (1 - x) * T.log(1 - z), axis=1)
cost = T.mean(L)
gparams = T.grad(cost, [W, b, b_prime])
train = theano.function([x], cost, updates=[(param, param - 0.1 * gparam) for param, gparam in zip([W, b, b_prime], gparams)])
data = (rng.rand(5, n_visible) > 0.5).astype('float64')
for i in range(3):
    print(i, repr(float(train(data))))
theano.printing.debugprint(train)
