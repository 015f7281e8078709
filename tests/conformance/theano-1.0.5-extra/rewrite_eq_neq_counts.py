# Covers: T.eq/T.neq of binomial and random_integers draws against constants and each other, summed to counts, and T.eq/T.neq of a float draw with itself (folded to a constant Alloc; the draw is still taken).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=429)
b = srng.binomial((8,), n=3, p=0.5)
k = srng.random_integers((8,), low=0, high=3)
u = srng.uniform((3,))
f = theano.function([], [b, k, T.eq(b, k), T.neq(b, 0).sum(), T.eq(k, 2).sum()], name='f')
theano.printing.debugprint(f)
for name, r in zip(["b", "k", "eq_bk", "nonzero_b", "k_is_2"], f()):
    show(name, r)
g = theano.function([], [T.eq(u, u), T.neq(u, u)], name='g')
theano.printing.debugprint(g)
a, c = g()
show("eq_self", a)
show("neq_self", c)
