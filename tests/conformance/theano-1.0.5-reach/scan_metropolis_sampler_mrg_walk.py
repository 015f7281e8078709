# Covers: a Metropolis sampler written with theano.scan: each step proposes x + srng.normal(x.shape, std=sigma) and accepts by T.lt(T.log(srng.uniform(())), logp_new - logp_old) through T.switch, outputs_info [x0, None] (the chain and the accept flags), a symbolic sigma in non_sequences and a symbolic iscalar n_steps, compiled with the scan's updates; then an MRG random walk prev + mrg.normal((3,), std=0.1) from T.zeros((3,)) in a scan beside an MRG uniform outside it; the last states, acceptance rates, walks and MRG state counts over two calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams

srng = RandomStreams(seed=31)
mrg = MRG_RandomStreams(seed=32)
n = T.iscalar('n')
x0 = T.vector('x0')


def step(x, sigma):
    prop = x + srng.normal(x.shape, std=sigma)
    logp_new = -0.5 * T.sum(prop ** 2)
    logp_old = -0.5 * T.sum(x ** 2)
    u = srng.uniform(())
    accept = T.lt(T.log(u), logp_new - logp_old)
    return T.switch(accept, prop, x), accept


sigma = T.scalar('sigma')
(chain, acc), upd = theano.scan(step, outputs_info=[x0, None], non_sequences=sigma, n_steps=n)
sample = theano.function([x0, n, sigma], [chain[-1], acc.mean()], updates=upd)
print(sample(np.zeros(2), 5, 0.5))
print(sample(np.zeros(2), 5, 0.5))
v = mrg.uniform((2, 3))
walk, upd2 = theano.scan(lambda prev: prev + mrg.normal((3,), std=0.1), outputs_info=T.zeros((3,)), n_steps=4)
w = theano.function([], [walk, v], updates=upd2)
a, b = w()
print(a, b)
a, b = w()
print(a[-1], b[0])
state = mrg.rstate
print(type(state).__name__, len(mrg.state_updates))
