# Covers: T.grad through T.split when some pieces are unused or only summed: each piece's zeros or filled gradient takes its shape from Split's shape inference (set_subtensor of the split length into x's shape vector, read back entry by entry: IncSubtensor{Set;int8}, Subtensor{int64}, Alloc), along axis 0 of a vector and axis 1 of a matrix, with constant and symbolic split sizes; compiled debugprints and values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


x = T.dvector('x')
parts = T.split(x, [1, 2, 3], 3)
g = theano.function([x], T.grad(T.sum(parts[1]), x))
show('g', g(np.arange(6.0)))
theano.printing.debugprint(g)
m = T.dmatrix('m')
a, b = T.split(m, [1, 2], 2, axis=0)
h = theano.function([m], T.grad(T.sum(a * 2) + T.sum(b ** 2), m))
show('h', h(np.arange(6.0).reshape(3, 2)))
theano.printing.debugprint(h)
sz = T.lvector('sz')
c, d = T.split(m, sz, 2, axis=1)
k = theano.function([m, sz], [T.grad(T.sum(c ** 2), m), d.shape])
for v in k(np.arange(6.0).reshape(2, 3), np.array([1, 2])):
    show('k', v)
theano.printing.debugprint(k)
