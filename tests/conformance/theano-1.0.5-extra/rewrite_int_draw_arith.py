# Covers: arithmetic on integer draws: random_integers + 1 (int64), binomial * 2.5 (float64 upcast), poisson ** 2, T.true_div of int by int and T.mean of int draws (float64), dtypes.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=432)
k = srng.random_integers((4,), low=1, high=6)
b = srng.binomial((4,), n=4, p=0.5)
p = srng.poisson((4,), lam=3.0)
f = theano.function([], [k + 1, b * 2.5, p ** 2, T.true_div(k, 2), T.mean(k)], name='f')
theano.printing.debugprint(f)
for name, r in zip(["k_plus1", "b_times", "p_sq", "k_div2", "k_mean"], f()):
    show(name, r)
