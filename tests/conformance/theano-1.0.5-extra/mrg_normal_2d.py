# Covers: MRG_RandomStreams.normal with a 2-D odd size (3, 3), even size (2, 4), avg/std, repeated calls, debugprint of the even-size graph.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = MRG_RandomStreams(seed=7)
n1 = srng.normal((3, 3))
n2 = srng.normal((2, 4), avg=10.0, std=0.5)
f = theano.function([], [n1, n2])
for i in range(2):
    a, b = f()
    show("n1_%d" % i, a)
    show("n2_%d" % i, b)
print("type", n1.type, n2.type)
g = theano.function([], n2)
theano.printing.debugprint(g)
