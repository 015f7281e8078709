# Covers: debugprint of the compiled training function of a dropout MLP: binomial mask with a constant size, tanh hidden, sigmoid output with binary cross-entropy, T.grad w.r.t. shared weights; the mask's RandomFunction node shared by the forward and the backward pass, and the rng default update among the parameter updates.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=21)
x = T.dmatrix('x')
t = T.dvector('t')
W1 = theano.shared(np.array([[0.2, -0.4, 0.1], [0.5, 0.3, -0.2]]), name='W1')
w2 = theano.shared(np.array([0.3, -0.1, 0.6]), name='w2')
h = T.tanh(T.dot(x, W1)) * srng.binomial((2, 3), p=0.5, dtype='float64')
out = T.nnet.sigmoid(T.dot(h, w2))
cost = T.mean(T.nnet.binary_crossentropy(out, t))
gW1, gw2 = T.grad(cost, [W1, w2])
train = theano.function([x, t], cost, updates=[(W1, W1 - 0.5 * gW1), (w2, w2 - 0.5 * gw2)], name='train')
theano.printing.debugprint(train)
xv = np.array([[1.0, -1.0], [0.5, 2.0]])
tv = np.array([1.0, 0.0])
for step in range(3):
    print("cost", float(train(xv, tv)))
show("W1", W1.get_value())
show("w2", w2.get_value())
