# Covers: tutorial basic example with symbolic parameters (seed 600): uniform with symbolic low/high scalars, normal with symbolic avg vector, g with no_default_updates=True, nearly_zeros with an input; debugprint of f and nearly_zeros.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=600)
lo = T.dscalar('lo')
hi = T.dscalar('hi')
mu = T.dvector('mu')
rv_u = srng.uniform((3,), low=lo, high=hi)
rv_n = srng.normal((3,), avg=mu, std=0.5)
f = function([lo, hi], rv_u)
g = function([mu], rv_n, no_default_updates=True)
nearly_zeros = function([lo, hi], rv_u + rv_u - 2 * rv_u)
print("--- f")
theano.printing.debugprint(f)
print("--- nearly_zeros")
theano.printing.debugprint(nearly_zeros)
show("f1", f(0.0, 10.0))
show("g1", g(np.array([0.0, 100.0, -100.0])))
show("g2", g(np.array([1.0, 1.0, 1.0])))
show("nz", nearly_zeros(-3.0, 3.0))
show("f2", f(5.0, 5.0))
show("f3", f(2.0, -2.0))
