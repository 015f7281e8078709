# Covers: tutorial basic example with dtype='float32' streams (seed 3, size (2, 3)): f uniform, g normal with no_default_updates=True, nearly_zeros; debugprint with print_type.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=3)
rv_u = srng.uniform((2, 3), dtype='float32')
rv_n = srng.normal((2, 3), dtype='float32')
f = function([], rv_u)
g = function([], rv_n, no_default_updates=True)
nearly_zeros = function([], rv_u + rv_u - 2 * rv_u)
print("--- f")
theano.printing.debugprint(f, print_type=True)
print("--- g")
theano.printing.debugprint(g, print_type=True)
print("--- nearly_zeros")
theano.printing.debugprint(nearly_zeros, print_type=True)
show("f1", f())
show("g1", g())
show("nz", nearly_zeros())
show("f2", f())
show("g2", g())
