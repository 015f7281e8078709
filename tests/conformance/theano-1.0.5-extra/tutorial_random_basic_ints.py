# Covers: tutorial basic example with integer streams (seed 77): f on random_integers (3,), g on binomial (no_default_updates=True), nearly_zeros on the int draw; debugprint of all three.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=77)
rv_i = srng.random_integers((3,), low=-2, high=5)
rv_b = srng.binomial((3,), n=4, p=0.25)
f = function([], rv_i)
g = function([], rv_b, no_default_updates=True)
nearly_zeros = function([], rv_i + rv_i - 2 * rv_i)
print("--- f")
theano.printing.debugprint(f)
print("--- g")
theano.printing.debugprint(g)
print("--- nearly_zeros")
theano.printing.debugprint(nearly_zeros)
show("g1", g())
show("f1", f())
show("nz", nearly_zeros())
show("f2", f())
show("g2", g())
show("f3", f())
