# Covers: one MRG_RandomStreams uniform (size (5,), low=-1, high=1) used in two functions called alternately (they share the state), and a normal (size (4,)) from the same stream object.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = MRG_RandomStreams(seed=808)
u = srng.uniform((5,), low=-1.0, high=1.0)
f = theano.function([], u)
g = theano.function([], u * 2)
show("f0", f())
show("g0", g())
show("f1", f())
n = srng.normal((4,), std=0.5)
h = theano.function([], [n, u])
a, b = h()
show("h_n", a)
show("h_u", b)
show("g1", g())
srng2 = MRG_RandomStreams(seed=808)
show("fresh", theano.function([], srng2.uniform((5,), low=-1.0, high=1.0))())
