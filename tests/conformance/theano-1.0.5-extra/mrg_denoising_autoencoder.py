# Covers: denoising autoencoder with MRG corruption: x * binomial(size=x.shape, p=0.7) with a symbolic size, tied weights (W and W.T) with shared biases, sigmoid encode/decode, mean cross-entropy cost; values over calls and a clean function.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


from theano.sandbox.rng_mrg import MRG_RandomStreams
srng = MRG_RandomStreams(seed=2718)
W = theano.shared(np.linspace(-0.4, 0.4, 6).reshape(3, 2), name='W')
bh = theano.shared(np.zeros(2), name='bh')
bv = theano.shared(np.array([0.1, 0.0, -0.1]), name='bv')
x = T.dmatrix('x')
corrupt = x * srng.binomial(size=x.shape, n=1, p=0.7, dtype='float64')
h = T.nnet.sigmoid(T.dot(corrupt, W) + bh)
z = T.nnet.sigmoid(T.dot(h, W.T) + bv)
cost = T.mean(-T.sum(x * T.log(z) + (1 - x) * T.log(1 - z), axis=1))
train = theano.function([x], [cost, corrupt], name='dae')
xv = np.array([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0], [1.0, 1.0, 0.0], [0.5, 0.5, 0.5]])
for i in range(3):
    c, cx = train(xv)
    print("cost_%d" % i, round(float(c), 12))
    show("corrupt_%d" % i, cx)
show("corrupt_2rows", train(xv[:2])[1])
