# Covers: the shapes Theano's ShapeFeature reads from the diagonal ops: T.diagonal / T.diag of a matrix (ExtractDiag.infer_shape: minimum of the two sizes on the main diagonal, clip(n - offset, 0, m) off it), T.diag of a vector (AllocDiag{offset, axis1, axis2}: the length plus |offset|, twice), theano.tensor.nlinalg.diag / alloc_diag (the deprecated square AllocDiag), T.fill_diagonal and extra_ops.fill_diagonal_offset (the input's shape); as x.shape, as Alloc sizes (T.zeros_like(y) + 1, y * T.ones_like(y)) and through T.grad, for symbolic and constant inputs; debugprints and values.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor import extra_ops, nlinalg


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
v = T.dvector('v')
k = T.lscalar('k')
val = T.dscalar('val')
X = np.arange(12.0).reshape(3, 4)
V = np.array([1.0, -2.0])

theano.printing.debugprint([T.diag(v), T.diag(v, 1), nlinalg.diag(v), nlinalg.alloc_diag(v),
                            nlinalg.diag(x), extra_ops.fill_diagonal_offset(x, val, k)])

extract = theano.function([x], [T.diagonal(x).shape, T.diagonal(x, 1).shape, T.diag(x, -2).shape,
                                T.zeros_like(T.diagonal(x, -1)) + 1], name='extract')
theano.printing.debugprint(extract)
for X_ in (X, X.T):
    for out in extract(X_):
        show('extract', out)

alloc = theano.function([v], [T.diag(v).shape, T.diag(v, 2).shape, nlinalg.diag(v).shape,
                              T.diag(v, -1) * T.ones_like(T.diag(v, -1)), nlinalg.alloc_diag(v)],
                        name='alloc')
theano.printing.debugprint(alloc)
for out in alloc(V):
    show('alloc', out)

filled = extra_ops.fill_diagonal_offset(x, val, k)
fill = theano.function([x, val, k], [T.fill_diagonal(x, val).shape, filled.shape,
                                     T.zeros_like(T.fill_diagonal(x, 2.0)) + 1, filled],
                       name='fill')
theano.printing.debugprint(fill)
for off in (-2, 0, 1, 3):
    for out in fill(X, -1.0, off):
        show('fill', out)

cost = ((T.diag(v, 1) ** 2).sum() + (T.diagonal(x, 1) ** 2).sum() + nlinalg.trace(x)
        + (extra_ops.fill_diagonal_offset(x, val, k) * T.constant(X[:, :3])).sum())
grads = theano.function([v, x, val, k], T.grad(cost, [v, x, val]), name='grads')
theano.printing.debugprint(grads)
for off in (-1, 2):
    for out in grads(V, np.ones((3, 3)), 2.0, off):
        show('grads', out)

C = T.constant(X)
const = theano.function([], [T.diagonal(C, 1).shape, T.diag(T.constant(V), -1).shape,
                             T.zeros_like(T.fill_diagonal(C, 0.0)) + 1], name='const')
theano.printing.debugprint(const)
for out in const():
    show('const', out)
