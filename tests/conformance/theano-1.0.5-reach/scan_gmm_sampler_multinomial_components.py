# Covers: a Gaussian mixture as users sample and fit it: theano.scan with no sequences and an int32 n_steps whose step picks a component with T.argmax(srng.multinomial(pvals=w.dimshuffle('x', 0))[0]) and draws srng.normal((2,)) scaled by the component's exp(log_std), the weights, means and log-stds passed as non_sequences, compiled with the scan's updates and called with two lengths; then the mixture's log-likelihood by a hand-written log-sum-exp (keepdims max) fitted by gradient ascent on the means and log-stds; MRG uniform, normal with avg/std and multinomial draws; values and the debugprints of the sampler and the fitting function.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams

srng = RandomStreams(seed=2017)
mrg = MRG_RandomStreams(seed=2018)
weights = theano.shared(np.array([0.2, 0.5, 0.3]), name='weights')
means = theano.shared(np.array([[-2.0, 0.0], [0.0, 1.0], [3.0, -1.0]]), name='means')
log_std = theano.shared(np.log(np.array([0.5, 1.0, 0.3])), name='log_std')
n = T.iscalar('n')


def sample_one(w, mu, ls):
    comp = T.argmax(srng.multinomial(pvals=w.dimshuffle('x', 0))[0])
    eps = srng.normal((2,))
    return mu[comp] + T.exp(ls[comp]) * eps, comp


(xs, comps), updates = theano.scan(sample_one, non_sequences=[weights, means, log_std], n_steps=n)
sample = theano.function([n], [xs, comps], updates=updates)
a, c = sample(4)
print('samples', np.round(a, 8).tolist(), c.tolist())
a, c = sample(2)
print('samples', np.round(a, 8).tolist(), c.tolist())

x = T.matrix('x')
diff = x.dimshuffle(0, 'x', 1) - means.dimshuffle('x', 0, 1)
log_p = (-0.5 * T.sum(diff ** 2, axis=2) / T.exp(2 * log_std) - 2 * log_std - T.log(2 * np.pi)) + T.log(weights)
m = T.max(log_p, axis=1, keepdims=True)
ll = T.mean(m[:, 0] + T.log(T.sum(T.exp(log_p - m), axis=1)))
g = T.grad(ll, [means, log_std])
fit = theano.function([x], ll, updates=[(means, means + 0.1 * g[0]), (log_std, log_std + 0.1 * g[1])])
data = np.concatenate([np.random.RandomState(0).randn(3, 2) - 2, np.random.RandomState(1).randn(3, 2) + 3])
for it in range(3):
    print('ll', float(fit(data)))
print('means', np.round(means.get_value(), 8).tolist())
print('log_std', np.round(log_std.get_value(), 8).tolist())
u = mrg.uniform((3,))
z = mrg.normal((3,), avg=1.0, std=2.0)
f2 = theano.function([], [u, z, mrg.multinomial(pvals=T.as_tensor_variable(np.array([[0.1, 0.9], [0.5, 0.5]])), dtype='int64')])
for _ in range(2):
    print([np.round(v, 8).tolist() for v in f2()])
theano.printing.debugprint(sample)
theano.printing.debugprint(fit)
