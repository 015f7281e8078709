# Covers: advanced indexing as Theano builds it (take): x[idx] by an int matrix (flatten, AdvancedSubtensor1, reshape to idx.shape + x.shape[1:]), x[:, idx] (dimshuffled there and back), T.take with axis None/0/1, indices drawn by srng.random_integers, their gradients (AdvancedIncSubtensor1), and debugprint of the raw and the compiled graph.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=8)
x = T.matrix('x')
im = T.imatrix('im')
iv = T.lvector('iv')
X = np.arange(12.0).reshape(4, 3)
a = x[im]
b = x[:, iv]
r = srng.random_integers(size=(2, 2), low=0, high=3)
c = x[r]
theano.printing.debugprint(a)
theano.printing.debugprint(b)
f = theano.function([x, im, iv], [a, b, c, T.take(x, iv), T.take(x, iv, axis=1), T.take(x, im, axis=0)])
IM = np.array([[0, 3], [1, 1]], dtype='int32')
IV = np.array([2, 0], dtype='int64')
for v in f(X, IM, IV):
    show('v', v)
for v in f(X, IM, IV)[2:3]:
    show('c again', v)
g = T.grad(T.sum(a ** 2) + T.sum(b) + T.sum(c), x)
gf = theano.function([x, im, iv], g)
show('g', gf(X, IM, IV))
theano.printing.debugprint(theano.function([x, im], a))
theano.printing.debugprint(theano.function([x, iv], T.grad(T.sum(x[:, iv]), x)))
