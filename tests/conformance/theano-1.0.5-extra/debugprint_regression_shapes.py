# Covers: debugprint of compiled regression training functions whose gradients allocate by shape (mean squared error of a tanh MLP, linear regression with a bias, and a dropout MLP with a binomial mask): the sizes are the ones the first graph gave (rows of X), kept through rewrites that turn out - y into a Gemv on y; values after SGD steps.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(3)
srng = RandomStreams(seed=12)
X = T.dmatrix('X'); y = T.dvector('y')
W = theano.shared(rng.randn(4, 3) * 0.5, name='W')
b = theano.shared(np.zeros(3), name='b')
v = theano.shared(rng.randn(3) * 0.5, name='v')
h = T.tanh(T.dot(X, W) + b)
cost = T.mean((T.dot(h, v) - y) ** 2)
gW, gb, gv = T.grad(cost, [W, b, v])
train = theano.function([X, y], cost, updates=[(W, W - 0.1 * gW), (b, b - 0.1 * gb), (v, v - 0.1 * gv)], name='train')
theano.printing.debugprint(train)
Xv = rng.randn(5, 4); yv = rng.randn(5)
for step in range(2):
    print("mlp", step, repr(float(train(Xv, yv))))
w = theano.shared(np.zeros(4), name='w')
c = theano.shared(0.0, name='c')
err = T.dot(X, w) + c - y
lin_cost = T.mean(err ** 2)
gw, gc = T.grad(lin_cost, [w, c])
lin = theano.function([X, y], [lin_cost, gw], updates=[(w, w - 0.05 * gw), (c, c - 0.05 * gc)], name='lin')
theano.printing.debugprint(lin)
for step in range(2):
    out = lin(Xv, yv)
    print("lin", step, repr(float(out[0])))
    show("gw", out[1])
mask = srng.binomial((5, 3), p=0.8, dtype='float64')
hd = T.nnet.sigmoid(T.dot(X, W) + b) * mask
d_cost = T.mean((T.dot(hd, v) - y) ** 2)
dW, dv = T.grad(d_cost, [W, v])
drop = theano.function([X, y], d_cost, updates=[(W, W - 0.1 * dW), (v, v - 0.1 * dv)], name='drop')
theano.printing.debugprint(drop)
for step in range(2):
    print("drop", step, repr(float(drop(Xv, yv))))
show("W", W.get_value())
