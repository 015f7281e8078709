# Covers: theano.tensor.nlinalg beyond inverse and determinant, as analysis code uses it: PCA through eigh of a covariance matrix (eigenvalues ascending, UPLO), the singular values of svd with full_matrices and compute_uv, a least-squares fit with pinv and the gradient of its residual through pinv, eig of a symmetric matrix, matrix_power, and nlinalg.norm for vectors and matrices (None, 'fro', 'inf', 1); values printed to 8 decimals (LAPACK builds differ in the last bits).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor import nlinalg


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, (np.round(v, 8) + 0.0).tolist())


rng = np.random.RandomState(5)
data = rng.randn(6, 3)
X = T.dmatrix('X')
centred = X - X.mean(axis=0)
cov = T.dot(centred.T, centred) / (X.shape[0] - 1)
w, v = nlinalg.eigh(cov)
pca = theano.function([X], [w, abs(v[:, -1])])
for out in pca(data):
    show('eigh', out)
s_only = nlinalg.svd(X, full_matrices=0, compute_uv=0)
u, s, vt = nlinalg.svd(X, full_matrices=False)
f = theano.function([X], [s_only, s, abs(u).sum(axis=0), u.shape, vt.shape])
for out in f(data):
    show('svd', out)
y = T.dvector('y')
beta = T.dot(nlinalg.pinv(X), y)
resid = ((T.dot(X, beta) - y) ** 2).sum()
fit = theano.function([X, y], [beta, resid, T.grad(resid + (beta ** 2).sum(), X)])
for out in fit(data, np.arange(6.0)):
    show('pinv', out)
ev, evec = nlinalg.eig(cov)
show('eig', np.sort(theano.function([X], ev)(data)))
show('power', theano.function([X], nlinalg.matrix_power(cov, 3))(data))
vec = T.dvector('vec')
norms = theano.function([vec, X], [nlinalg.norm(vec, None), nlinalg.norm(vec, 'inf'),
                                   nlinalg.norm(vec, 3), nlinalg.norm(X, 'fro'),
                                   nlinalg.norm(X, 'inf'), nlinalg.norm(X, 1)])
for out in norms(np.array([3.0, -4.0, 1.0]), data):
    show('norm', out)
print(str(nlinalg.pinv), str(nlinalg.Eigh()), str(nlinalg.SVD()))
