# Covers: the tutorial basic example with seed 99 and size (3,), calls in another order (nearly_zeros first, g before f), debugprint of g and nearly_zeros.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=99)
rv_u = srng.uniform((3,))
rv_n = srng.normal((3,))
f = theano.function([], rv_u)
g = theano.function([], rv_n, no_default_updates=True)
nearly_zeros = theano.function([], rv_u + rv_u - 2 * rv_u)
theano.printing.debugprint(g)
theano.printing.debugprint(nearly_zeros)
show("nz1", nearly_zeros())
show("g1", g())
show("f1", f())
show("nz2", nearly_zeros())
show("f2", f())
show("g2", g())
