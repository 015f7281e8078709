# Covers: compiled scans whose n_steps is an int32 input (T.iscalar): the Metropolis sampler of scan_metropolis_sampler_mrg_walk (a proposal x + srng.normal(x.shape, std=sigma) accepted through T.switch, outputs_info [x0, None], the acceptance rate acc.mean()) and an MRG walk beside an MRG uniform, debugprint of both compiled functions: the mean's count is Cast{float64}(n) of the int32 length (Theano's local_cast_cast drops the int64 cast the shape vector made), so the buffer size's Cast{int64}(n) has one reader and is fused into its Composite; then a loop of draws of int32 and int8 length read as acc.shape, acc.sum() / acc.shape[0], T.zeros_like(acc), acc.mean() and T.arange(acc.shape[0]) (their debugprints and values).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


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
for call in range(2):
    last, rate = sample(np.zeros(2), 5, 0.5)
    show('last', last)
    show('rate', rate)
v = mrg.uniform((2, 3))
walk, upd2 = theano.scan(lambda prev: prev + mrg.normal((3,), std=0.1), outputs_info=T.zeros((3,)), n_steps=4)
w = theano.function([], [walk, v], updates=upd2)
for call in range(2):
    a, b = w()
    show('walk', a)
    show('v', b)
theano.printing.debugprint(sample)
theano.printing.debugprint(w)

k = T.bscalar('k')
draws, upd3 = theano.scan(lambda: srng.uniform((2,)), n_steps=n)
f = theano.function([n], [draws.shape, draws.sum() / draws.shape[0], T.zeros_like(draws), draws.mean()],
                    updates=upd3)
for name, value in zip(['shape', 'per_row', 'zeros', 'mean'], f(3)):
    show(name, value)
theano.printing.debugprint(f)
draws8, upd4 = theano.scan(lambda: srng.uniform((2,)), n_steps=k)
g = theano.function([k], [draws8.mean(), draws8.shape[0] * 2, T.arange(draws8.shape[0])], updates=upd4)
for name, value in zip(['mean', 'twice', 'arange'], g(3)):
    show(name, value)
theano.printing.debugprint(g)
