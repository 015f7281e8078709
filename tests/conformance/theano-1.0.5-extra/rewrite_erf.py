# Covers: T.erf and T.erfc of normal draws, the normal CDF 0.5 * (1 + erf(n / sqrt(2))), and T.erfinv of a uniform draw scaled to (-1, 1).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=417)
n = srng.normal((4,))
u = srng.uniform((3,), low=-0.9, high=0.9)
f = theano.function([], [T.erf(n), T.erfc(n), 0.5 * (1 + T.erf(n / np.sqrt(2)))], name='f')
theano.printing.debugprint(f)
for name, r in zip(["erf", "erfc", "cdf"], f()):
    show(name, r)
g = theano.function([], [u, T.erfinv(u)], name='g')
a, b = g()
show("u", a)
show("erfinv", b)
