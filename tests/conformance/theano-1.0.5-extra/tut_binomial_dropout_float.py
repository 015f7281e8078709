# Covers: int draws mixed with floats: binomial(n=1, p=0.5) mask times a uniform divided by 0.5 (inverted dropout), binomial counts plus a normal, random_integers * 0.5 + u; dtypes and compiled graph.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=111)
m = srng.binomial((2, 3), n=1, p=0.5)
u = srng.uniform((2, 3))
c = srng.binomial((2, 3), n=5, p=0.3)
n = srng.normal((2, 3))
r = srng.random_integers((2, 3), low=-2, high=2)
outs = [m * u / 0.5, c + n, r * 0.5 + u]
f = theano.function([], outs)
theano.printing.debugprint(f)
for name, v in zip(["drop", "cn", "ru"], f()):
    show(name, np.round(v, 12))
