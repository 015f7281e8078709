# Covers: the denoising autoencoder with tied weights (W and W.T) trained by SGD on a binomial-corrupted input: the transposed product of W.T's gradient lifted through the dot (dot(x, y).T -> dot(y.T, x.T)) so both gradients join gemms on W; costs, weights and the debugprint of the training function.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(11)
srng = RandomStreams(rng.randint(2 ** 30))
x = T.dmatrix('x')
n_vis, n_hid = 6, 3
W = theano.shared(np.asarray(rng.uniform(low=-4 * np.sqrt(6. / (n_hid + n_vis)), high=4 * np.sqrt(6. / (n_hid + n_vis)), size=(n_vis, n_hid))), name='W')
bh = theano.shared(np.zeros(n_hid), name='b')
bv = theano.shared(np.zeros(n_vis), name='b_prime')
tilde = srng.binomial(size=x.shape, n=1, p=1 - 0.3, dtype=theano.config.floatX) * x
hid = T.nnet.sigmoid(T.dot(tilde, W) + bh)
z = T.nnet.sigmoid(T.dot(hid, W.T) + bv)
L = - T.sum(x * T.log(z) + (1 - x) * T.log(1 - z), axis=1)
cost = T.mean(L)
gparams = T.grad(cost, [W, bh, bv])
updates = [(p, p - 0.1 * g) for p, g in zip([W, bh, bv], gparams)]
train = theano.function([x], cost, updates=updates)
data = (rng.rand(5, n_vis) > 0.5).astype('float64')
for e in range(3):
    print('epoch', e, float(train(data)))
show('W', W.get_value())
theano.printing.debugprint(train)
