# Covers: every RandomStreams distribution called keyword-only with size given as a list: uniform, normal, binomial, random_integers, poisson, permutation, choice, multinomial; binomial with the deprecated prob= keyword; output types and values.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=55)
rvs = [
    ("uniform", srng.uniform(size=[2, 3], low=-1.0, high=1.0)),
    ("normal", srng.normal(size=[3], avg=5.0, std=0.5)),
    ("binomial", srng.binomial(size=[2, 2], n=3, p=0.4)),
    ("random_integers", srng.random_integers(size=[4], low=-2, high=2)),
    ("poisson", srng.poisson(size=[3], lam=2.5)),
    ("permutation", srng.permutation(size=[2], n=4)),
    ("choice", srng.choice(size=[3], a=5)),
    ("multinomial", srng.multinomial(size=[2], n=4, pvals=[0.2, 0.3, 0.5])),
]
for name, rv in rvs:
    print(name, rv.type, rv.ndim)
f = function([], [rv for _, rv in rvs])
for i in range(2):
    for (name, _), v in zip(rvs, f()):
        show("%s%d" % (name, i), v)
bp = srng.binomial(size=[3], n=2, prob=0.9)
show("binomial_prob_kw", function([], bp)())
