# Covers: T.log1p(u) and T.expm1(n) on random draws, and T.log(1 + u) and T.exp(n) - 1 rewritten to the same Log1p and Expm1 nodes (inplace) in the compiled graph.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=410)
u = srng.uniform((3,))
n = srng.normal((3,))
f = theano.function([], [T.log1p(u), T.expm1(n)], name='f')
theano.printing.debugprint(f)
a, b = f()
show("log1p", a)
show("expm1", b)
g = theano.function([], [T.log(1 + u), T.exp(n) - 1], name='g')
theano.printing.debugprint(g)
a, b = g()
show("log_1pu", a)
show("exp_m1", b)
