# Covers: matrix helpers model code reaches for around masks and scores: T.diagonal with an offset, T.fill_diagonal (and extra_ops.fill_diagonal) to blank a similarity matrix's self-pairs on a square and on a wide matrix, its gradient with respect to the matrix and to the fill value, T.max_and_argmax over an axis and over all axes with keepdims, a nearest-neighbour pick from a similarity matrix of random embeddings, and the debugprint of the compiled pick.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


m = T.dmatrix('m')
val = T.dscalar('val')
mv = np.arange(12.0).reshape(3, 4)
sq = np.arange(9.0).reshape(3, 3)
f = theano.function([m, val], [T.diagonal(m), T.diagonal(m, 1), T.fill_diagonal(m, val),
                               T.extra_ops.fill_diagonal(m, 0)])
for out in f(mv, -1.0):
    show('wide', out)
for out in f(sq, -1.0):
    show('square', out)
cost = (T.fill_diagonal(m, val) ** 2).sum()
g = theano.function([m, val], T.grad(cost, [m, val]))
for out in g(sq, 2.0):
    show('grad', out)
mx, am = T.max_and_argmax(m, axis=1)
mxk, amk = T.max_and_argmax(m, keepdims=True)
h = theano.function([m], [mx, am, mxk, amk])
for out in h(np.array([[1.0, 5.0, 5.0], [7.0, -1.0, 0.0]])):
    show('max_and_argmax', out)
srng = RandomStreams(seed=4)
emb = srng.normal((4, 3))
sim = T.dot(emb, emb.T)
masked = T.fill_diagonal(sim, -np.inf)
best, nearest = T.max_and_argmax(masked, axis=1)
pick = theano.function([], [nearest, best])
for call in range(2):
    for out in pick():
        show('nearest', out)
theano.printing.debugprint(pick)
