# Covers: the tutorial basic example written with MRG_RandomStreams(seed=234): f (uniform), g (normal, no_default_updates=True), nearly_zeros; debugprint of nearly_zeros.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = MRG_RandomStreams(seed=234)
rv_u = srng.uniform((2, 2))
rv_n = srng.normal((2, 2))
f = theano.function([], rv_u)
g = theano.function([], rv_n, no_default_updates=True)
nearly_zeros = theano.function([], rv_u + rv_u - 2 * rv_u)
show("f_val0", f())
show("f_val1", f())
show("g_val0", g())
show("g_val1", g())
show("nz", nearly_zeros())
theano.printing.debugprint(nearly_zeros)
theano.printing.debugprint(g)
