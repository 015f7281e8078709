# Covers: boolean-mask indexing as Theano 1.0.5 builds it (AdvancedBooleanSubtensor, not a nonzero): W[W > 2] of a shared matrix, x[bm] by a symbolic bool vector, x[mask] by an int8 vector (an integer take, AdvancedSubtensor1), W[bm, 1:], W[bm, v], a constant numpy mask, a matrix mask on a matrix and on a 3-d tensor; set_subtensor / inc_subtensor through a mask (AdvancedBooleanIncSubtensor), the same selection through W[(W > 2).nonzero()]; types, uncompiled debugprints, values; the gradient through a mask, and the errors: a mask with more axes than the tensor, a mask of the wrong length at run time, the gradient of a set_subtensor through a mask (Theano's AdvancedSubtensor TypeError).
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


W = theano.shared(np.arange(12.0).reshape(4, 3) - 4, name='W')
x = T.vector('x')
x3 = T.tensor3('x3')
bm = T.vector('bm', dtype='bool')
bm2 = T.matrix('bm2', dtype='bool')
mask = T.bvector('mask')
v = T.ivector('v')
outs = [W[W > 2], x[bm], x[mask], W[bm, 1:], W[bm, v], W[np.array([True, False, True, True])],
        x3[bm2], W[(W > 2).nonzero()]]
for o in outs:
    print(o.type)
theano.printing.debugprint(outs[:5])
f = theano.function([x, x3, bm, bm2, mask, v], outs)
X = np.array([1.0, 2.0, 3.0, 4.0])
X3 = np.arange(24.0).reshape(2, 3, 4)
BM = np.array([True, False, True, False])
BM2 = np.array([[True, False, True], [False, False, True]])
for o in f(X, X3, BM, BM2, np.array([0, 2, 1], dtype='int8'), np.array([2, 0], dtype='int32')):
    show('out', o)
clip = T.set_subtensor(W[W > 2], 0)
bump = T.inc_subtensor(W[W > 2], 1.5)
row = T.inc_subtensor(x[bm], T.arange(2.0))
theano.printing.debugprint([clip, bump, row])
g = theano.function([x, bm], [clip, bump, row])
for o in g(X, BM):
    show('inc', o)
try:
    W[x3 > 0]
except IndexError as e:
    print('IndexError', e)
h = theano.function([x, bm], x[bm])
try:
    h(X, np.array([True, False]))
except IndexError as e:
    print('IndexError', str(e).splitlines()[0])
try:
    T.grad(T.sum(T.set_subtensor(W[W > 2], 0)), W)
except TypeError as e:
    print('TypeError', e)
gx = T.grad(T.sum(x[bm] ** 2) + T.sum(T.inc_subtensor(x[bm], 3.0)), x)
theano.printing.debugprint(gx)
for o in theano.function([x, bm], [gx, T.grad(T.sum(W[W > 2] * 3), W)])(X, BM):
    show('grad', o)
