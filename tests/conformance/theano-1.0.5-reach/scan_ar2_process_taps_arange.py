# Covers: an AR(2) process simulated with theano.scan over sequences=T.arange(n) (an lscalar), outputs_info=dict(initial=x0, taps=[-2, -1]), a Gaussian shock of symbolic std drawn in each step (srng.normal((), std=sig)) and a draw made outside the loop passed as a non_sequence (the same value at every step, added at t == 0 only), compiled with the scan's updates and without them (the streams' own default updates still apply outside the loop: two calls differ); the process's coefficients then fitted by gradient descent on the simulated path; paths, losses, gradients and the debugprints of both sampling functions.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(seed=77)
phi = theano.shared(np.array([0.6, -0.2]), name='phi')
sigma = T.scalar('sigma')
n = T.lscalar('n')
x0 = T.vector('x0')
shock = srng.normal((2,), std=0.01)


def ar_step(t, x_tm2, x_tm1, sig, c):
    eps = srng.normal((), std=sig)
    return phi[0] * x_tm1 + phi[1] * x_tm2 + eps + c[0] * T.cast(T.eq(t, 0), 'float64')


xs, upd = theano.scan(ar_step, sequences=T.arange(n), outputs_info=dict(initial=x0, taps=[-2, -1]),
                      non_sequences=[sigma, shock])
simulate = theano.function([x0, n, sigma], xs, updates=upd)
path = simulate(np.array([0.5, 1.0]), 6, 0.1)
print('path', np.round(path, 8).tolist())
path2 = simulate(np.array([0.5, 1.0]), 3, 0.0)
print('path2', np.round(path2, 8).tolist())
series = T.vector('series')
pred = phi[0] * series[1:-1] + phi[1] * series[:-2]
loss = T.mean((series[2:] - pred) ** 2)
fit = theano.function([series], [loss, T.grad(loss, phi)], updates=[(phi, phi - 0.5 * T.grad(loss, phi))])
for it in range(3):
    l, g = fit(path)
    print('fit', float(l), np.round(g, 8).tolist())
print('phi', np.round(phi.get_value(), 8).tolist())
no_upd = theano.function([x0, n, sigma], xs[-1])
print('without updates', float(no_upd(np.zeros(2), 4, 1.0)), float(no_upd(np.zeros(2), 4, 1.0)))
theano.printing.debugprint(simulate)
theano.printing.debugprint(no_upd)
