# Covers: dropout with MRG_RandomStreams as user code writes it: mask = srng.binomial(size=h.shape, p=keep, dtype=floatX) with keep a shared scalar (p a tensor), the mask stream advanced by the training function, a no_default_updates=True evaluation that sees the next mask, keep.set_value(1.0) turning dropout off, and SGD training of a tanh layer over 3 steps; costs, masks and parameters.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = MRG_RandomStreams(seed=2024)
keep = theano.shared(np.asarray(0.5, dtype=theano.config.floatX), name='keep')
X = T.dmatrix('X')
t = T.dmatrix('t')
W = theano.shared(np.array([[0.2, -0.1, 0.4], [0.3, 0.5, -0.2]]), name='W')
h = T.tanh(T.dot(X, W))
mask = srng.binomial(size=h.shape, p=keep, dtype=theano.config.floatX)
out = h * mask / keep
cost = T.mean((out - t) ** 2)
gW = T.grad(cost, W)
train = theano.function([X, t], [cost, mask], updates=[(W, W - 0.3 * gW)], name='train')
peek = theano.function([X], mask, no_default_updates=True, name='peek')
Xv = np.array([[1.0, -1.0], [0.5, 2.0]])
tv = np.array([[0.1, 0.0, 0.3], [-0.2, 0.4, 0.0]])
for step in range(3):
    show("peek", peek(Xv))
    c, m = train(Xv, tv)
    print("step", step, float(c))
    show("mask", m)
keep.set_value(1.0)
c, m = train(Xv, tv)
print("no dropout", float(c))
show("mask", m)
show("W", W.get_value())
