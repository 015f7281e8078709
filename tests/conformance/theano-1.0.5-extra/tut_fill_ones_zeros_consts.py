# Covers: constants that fold next to draws: T.fill(u, 3.0), T.ones((2, 3)) * u, T.zeros((3,)) + n, T.ones_like(u).sum(), T.fill(n, s) with a dscalar input, and T.ones((2, 3)).sum() * u.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=110)
u = srng.uniform((2, 3))
n = srng.normal((3,))
s = T.dscalar('s')
outs = [T.fill(u, 3.0), T.ones((2, 3)) * u, T.zeros((3,)) + n, T.ones_like(u).sum(), T.fill(n, s), T.ones((2, 3)).sum() * u]
f = theano.function([s], outs)
theano.printing.debugprint(f)
for name, v in zip(["fill", "ones_u", "zeros_n", "ones_sum", "fill_s", "c6u"], f(2.0)):
    show(name, np.round(v, 12))
