# Covers: the gamma-function family in likelihood code: a Poisson log-likelihood with T.gammaln, a Beta log-density and a Dirichlet normaliser, their gradients (T.psi appears), T.gamma and T.psi values, gradient ascent on a Poisson rate for counts drawn by RandomStreams.random_integers, and the debugprint of the compiled gradient.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


k = T.dvector('k')
log_rate = theano.shared(np.float64(0.0), name='log_rate')
rate = T.exp(log_rate)
loglik = T.sum(k * T.log(rate) - rate - T.gammaln(k + 1))
a = T.dscalar('a')
b = T.dscalar('b')
x = T.dscalar('x')
beta_logpdf = (a - 1) * T.log(x) + (b - 1) * T.log(1 - x) - (T.gammaln(a) + T.gammaln(b) - T.gammaln(a + b))
alpha = T.dvector('alpha')
dirichlet_norm = T.sum(T.gammaln(alpha)) - T.gammaln(T.sum(alpha))
f = theano.function([a, b, x, alpha], [beta_logpdf] + T.grad(beta_logpdf, [a, b])
                    + [dirichlet_norm, T.grad(dirichlet_norm, alpha)])
vals = f(2.5, 1.5, 0.3, np.array([0.5, 1.0, 3.0]))
print([repr(float(v)) for v in vals[:4]])
show('dirichlet_grad', vals[4])
v = T.dvector('v')
show('gamma', theano.function([v], T.gamma(v))(np.array([0.5, 1.0, 4.5])))
show('psi', theano.function([v], T.psi(v))(np.array([0.5, 1.0, 4.5])))
srng = RandomStreams(seed=13)
data = theano.function([], srng.random_integers(size=(6,), low=0, high=6))().astype('float64')
show('data', data)
step = theano.function([k], loglik, updates=[(log_rate, log_rate + 0.05 * T.grad(loglik, log_rate))])
for it in range(3):
    print('loglik', it, repr(float(step(data))), repr(float(log_rate.get_value())))
g = theano.function([a, b], T.grad(T.gammaln(a * b), a))
theano.printing.debugprint(g)
