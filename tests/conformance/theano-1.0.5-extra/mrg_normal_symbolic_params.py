# Covers: MRG_RandomStreams.normal with symbolic avg and std scalar inputs (size (3,)), with a vector avg constant over size (2,), and normal draws compared between a function and one with no_default_updates=True.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = MRG_RandomStreams(seed=777)
mu = T.dscalar('mu')
sd = T.dscalar('sd')
n = srng.normal((3,), avg=mu, std=sd)
m = srng.normal((2,), avg=[10.0, -10.0])
f = theano.function([mu, sd], [n, m])
theano.printing.debugprint(f)
for i in range(2):
    a, b = f(1.0, 0.5)
    show("n_%d" % i, a)
    show("m_%d" % i, b)
g = theano.function([mu, sd], n, no_default_updates=True)
show("g0", g(0.0, 1.0))
show("g1", g(0.0, 1.0))
a, b = f(0.0, 1.0)
show("f_after_g", a)
