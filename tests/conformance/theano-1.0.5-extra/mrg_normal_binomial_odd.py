# Covers: MRG_RandomStreams(seed=7).normal with size (5,) avg=-1 std=0.5 and (3, 3), binomial p=0.5 on (3, 3) and dtype float64 on (4,), repeated calls, debugprint of the normal function.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


from theano.sandbox.rng_mrg import MRG_RandomStreams
srng = MRG_RandomStreams(seed=7)
n1 = srng.normal((5,), avg=-1.0, std=0.5)
n2 = srng.normal((3, 3))
b1 = srng.binomial((3, 3), p=0.5)
b2 = srng.binomial((4,), p=0.2, dtype='float64')
print(n1.type, n2.type, b1.type, b2.type)
f = theano.function([], [n1, n2, b1, b2])
for i in range(2):
    for name, val in zip(["n1", "n2", "b1", "b2"], f()):
        show("%s_%d" % (name, i), val)
h = theano.function([], n1)
theano.printing.debugprint(h)
show("h", h())
