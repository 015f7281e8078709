# Covers: the shapes Theano's ShapeFeature reads from theano.tensor.nlinalg.svd (SVD.infer_shape: s has minimum(M, N) entries; u and vt are (M, M) and (N, N), or (M, K) and (K, N) with full_matrices=0), as x.shape and as the size of the Alloc T.zeros_like(s) + 1, without running the decomposition; compiled debugprints, the shapes for a wide and a tall matrix, and the singular values rounded.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor import nlinalg


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
u, s, vt = nlinalg.svd(x)
full = theano.function([x], [u.shape, s.shape, vt.shape, T.zeros_like(s) + 1], name='full')
theano.printing.debugprint(full)
u2, s2, vt2 = nlinalg.svd(x, full_matrices=0)
thin = theano.function([x], [u2.shape, s2.shape, vt2.shape, s2 * T.ones_like(s2)], name='thin')
theano.printing.debugprint(thin)
for X in (np.arange(6.0).reshape(2, 3), np.arange(6.0).reshape(3, 2)):
    for out in full(X):
        show('full', out)
    for out in thin(X)[:3]:
        show('thin', out)
    show('s', np.round(thin(X)[3], 6))
