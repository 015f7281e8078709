# Covers: gradients through DimShuffle and broadcasting: a bias row b added to a matrix (grad sums over the broadcast axis), x.dimshuffle(0, 'x') * y, x.T, a scalar times a matrix; gradient values and debugprint of one compiled gradient.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


X = T.dmatrix('X')
b = T.dvector('b')
v = T.dvector('v')
s = T.dscalar('s')
Xv = np.array([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]])
bv = np.array([0.1, -0.2, 0.3])
vv = np.array([2.0, -1.0])
c1 = T.sum(T.sqr(X + b))
c2 = T.sum(v.dimshuffle(0, 'x') * X)
c3 = T.sum(X.T * T.arange(2))
c4 = T.sum(s * X ** 2)
gb = T.grad(c1, b)
show("g_b", theano.function([X, b], gb)(Xv, bv))
show("g_X_bias", theano.function([X, b], T.grad(c1, X))(Xv, bv))
show("g_v", theano.function([X, v], T.grad(c2, v))(Xv, vv))
show("g_X_col", theano.function([X, v], T.grad(c2, X))(Xv, vv))
show("g_X_T", theano.function([X], T.grad(c3, X))(Xv))
gs, gX = T.grad(c4, [s, X])
fs = theano.function([X, s], [gs, gX])
for name, val in zip(["g_s", "g_X_s"], fs(Xv, 1.5)):
    show(name, val)
theano.printing.debugprint(theano.function([X, b], gb, name='g_bias'))
