# Covers: MRG_RandomStreams.normal (size (4,), avg/std keywords) in an expression with an input vector: x * n + 1 and T.exp(n) - x, two functions sharing one stream.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = MRG_RandomStreams(seed=2222)
x = T.dvector('x')
n = srng.normal(size=(4,), avg=0.0, std=0.1)
f = theano.function([x], x * n + 1)
g = theano.function([x], T.exp(n) - x)
theano.printing.debugprint(f)
show("f0", f(np.arange(4.0)))
show("g0", g(np.zeros(4)))
show("f1", f(np.ones(4)))
show("g1", g(np.ones(4)))
