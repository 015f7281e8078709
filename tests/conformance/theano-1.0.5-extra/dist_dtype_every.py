# Covers: dtype= for every distribution: uniform/normal float32, binomial int8 and float32, random_integers int16, poisson int32, permutation int32, choice int16, multinomial int32; output types and values; debugprint print_type of one function.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=321)
rvs = [
    ("uniform", srng.uniform((3,), dtype='float32')),
    ("normal", srng.normal((2,), dtype='float32')),
    ("binomial_i8", srng.binomial((3,), n=4, p=0.5, dtype='int8')),
    ("binomial_f32", srng.binomial((2,), n=1, p=0.3, dtype='float32')),
    ("random_integers", srng.random_integers((3,), low=0, high=100, dtype='int16')),
    ("poisson", srng.poisson((3,), lam=3.0, dtype='int32')),
    ("permutation", srng.permutation(n=5, dtype='int32')),
    ("choice", srng.choice((2,), a=10, dtype='int16')),
    ("multinomial", srng.multinomial(n=6, pvals=[0.5, 0.5], dtype='int32')),
]
for name, rv in rvs:
    print(name, rv.type)
f = function([], [rv for _, rv in rvs])
for (name, _), v in zip(rvs, f()):
    show(name, v)
g = function([], rvs[0][1] * 2 + rvs[2][1])
print("--- g")
theano.printing.debugprint(g, print_type=True)
show("g", g())
