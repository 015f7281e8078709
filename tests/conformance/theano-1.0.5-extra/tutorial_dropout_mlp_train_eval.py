# Covers: small MLP with dropout: tanh hidden layer with a binomial mask (p=0.5) in the train function, a test function scaling by 0.5 (no draws), sigmoid output with shared W1/b1/W2/b2; train called twice, test twice; debugprint of train.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=8)
rng = np.random.RandomState(1)
W1 = theano.shared(rng.uniform(-1, 1, (3, 4)), name='W1')
b1 = theano.shared(np.zeros(4), name='b1')
W2 = theano.shared(rng.uniform(-1, 1, (4, 1)), name='W2')
b2 = theano.shared(np.array([0.1]), name='b2')
x = T.dmatrix('x')
h = T.tanh(T.dot(x, W1) + b1)
mask = srng.binomial(size=(2, 4), p=0.5, dtype='float64')
y_train = T.nnet.sigmoid(T.dot(h * mask, W2) + b2)
y_test = T.nnet.sigmoid(T.dot(h * 0.5, W2) + b2)
train = theano.function([x], [y_train, mask], name='train')
test = theano.function([x], y_test, name='test')
xv = np.array([[0.1, 0.2, 0.3], [-0.5, 0.0, 0.5]])
for i in range(2):
    yv, mv = train(xv)
    show("train_y_%d" % i, yv)
    show("train_mask_%d" % i, mv)
show("test_a", test(xv))
show("test_b", test(xv))
theano.printing.debugprint(train)
