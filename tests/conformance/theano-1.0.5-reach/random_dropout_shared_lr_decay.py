# Covers: a dropout regression net whose learning rate is a shared variable decayed by an update in the same training function (lr * 0.9), outputs [cost, out] per call; values over 3 calls and the compiled training function's debugprint (the learning-rate update among the parameter updates and the mask's stream update).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
rng = np.random.RandomState(0)
srng = RandomStreams(seed=1)
x = T.dmatrix('x'); y = T.dvector('y')
W = theano.shared(rng.randn(3, 4) * 0.5, name='W')
v = theano.shared(rng.randn(4) * 0.5, name='v')
h = T.nnet.sigmoid(T.dot(x, W))
h = h * srng.binomial(h.shape, p=0.5, dtype='float64') * 2
out = T.dot(h, v)
cost = T.mean((out - y) ** 2)
gW, gv = T.grad(cost, [W, v])
lr = theano.shared(0.1, name='lr')
train = theano.function([x, y], [cost, out], updates=[(W, W - lr * gW), (v, v - lr * gv), (lr, lr * 0.9)])
X = rng.randn(5, 3); Y = rng.randn(5)
for i in range(3):
    c, o = train(X, Y)
    print(i, repr(float(c)), o.round(12).tolist(), repr(float(lr.get_value())))
theano.printing.debugprint(train)
