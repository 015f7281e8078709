# Covers: Gaussian-process regression as a user writes it with theano.tensor.slinalg: an RBF kernel from a shared length scale, its Cholesky factor, solves (general and lower-triangular), the negative log marginal likelihood and its gradient with respect to the length scale and the noise, a few gradient-descent steps, posterior samples L z from srng.normal draws, the errors a non-positive-definite matrix gives, and the debugprint of the compiled sampler; values printed to 10 decimals, as LAPACK builds differ in the last bits.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor import slinalg
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


X = np.linspace(-1.0, 1.0, 5)
Y = np.sin(3 * X)
x = T.dvector('x')
y = T.dvector('y')
log_ell = theano.shared(np.float64(0.0), name='log_ell')
log_noise = theano.shared(np.float64(-2.0), name='log_noise')
d = x.dimshuffle(0, 'x') - x.dimshuffle('x', 0)
K = T.exp(-0.5 * d ** 2 / T.exp(2 * log_ell)) + T.exp(log_noise) * T.eye(x.shape[0])
L = slinalg.cholesky(K)
alpha = slinalg.solve(K, y)
half = slinalg.solve_lower_triangular(L, y)
nll = 0.5 * T.dot(y, alpha) + T.sum(T.log(T.diagonal(L))) + 0.5 * x.shape[0] * np.log(2 * np.pi)
g_ell, g_noise = T.grad(nll, [log_ell, log_noise])
inspect = theano.function([x, y], [L, alpha, half, nll])
for out in inspect(X, Y):  # LAPACK builds differ in the last bits: 10 decimals
    show('gp', np.round(out, 10) + 0.0)
step = theano.function([x, y], [nll, g_ell, g_noise],
                       updates=[(log_ell, log_ell - 0.1 * g_ell), (log_noise, log_noise - 0.1 * g_noise)])
for it in range(3):
    print('step', it, ['%.12f' % float(v) for v in step(X, Y)])
srng = RandomStreams(seed=7)
sample = T.dot(L, srng.normal((X.shape[0],)))
sampler = theano.function([x], sample)
show('sample', np.round(sampler(X), 10))
show('sample', np.round(sampler(X), 10))
theano.printing.debugprint(sampler)
m = T.dmatrix('m')
chol = theano.function([m], slinalg.cholesky(m))
try:
    chol(np.array([[1.0, 2.0], [2.0, 1.0]]))
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
print(str(slinalg.solve), repr(slinalg.solve), str(slinalg.cholesky))
