# Covers: MRG_RandomStreams dropout in a small MLP: binomial masks (p=0.7, float64) on input and hidden layers, tanh/sigmoid with shared weights, a train function and a deterministic test function; outputs over two calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


from theano.sandbox.rng_mrg import MRG_RandomStreams
srng = MRG_RandomStreams(seed=321)
W1 = theano.shared(np.linspace(-0.5, 0.5, 8).reshape(2, 4), name='W1')
W2 = theano.shared(np.linspace(1.0, -1.0, 4).reshape(4, 1), name='W2')
b2 = theano.shared(np.array([0.2]), name='b2')
x = T.dmatrix('x')
m_in = srng.binomial(size=(3, 2), p=0.7, dtype='float64')
h = T.tanh(T.dot(x * m_in, W1))
m_h = srng.binomial(size=(3, 4), p=0.7, dtype='float64')
y = T.nnet.sigmoid(T.dot(h * m_h, W2) + b2)
y_test = T.nnet.sigmoid(T.dot(T.tanh(T.dot(x * 0.7, W1)) * 0.7, W2) + b2)
train = theano.function([x], [y, m_in, m_h], name='train')
test = theano.function([x], y_test, name='test')
xv = np.array([[1.0, 2.0], [0.0, -1.0], [0.5, 0.5]])
for i in range(2):
    yv, a, b = train(xv)
    show("y_%d" % i, np.round(yv, 12))
    show("m_in_%d" % i, a)
    show("m_h_%d" % i, b)
show("test", np.round(test(xv), 12))
