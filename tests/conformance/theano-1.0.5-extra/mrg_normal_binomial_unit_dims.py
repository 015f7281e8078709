# Covers: MRG_RandomStreams normal with size (1, 4) and binomial with size (3, 1): output types (broadcastable from size 1 through reshape / uniform), values over two calls, debugprint of the normal function.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


from theano.sandbox.rng_mrg import MRG_RandomStreams
srng = MRG_RandomStreams(seed=2024)
n = srng.normal((1, 4))
b = srng.binomial((3, 1), p=0.6)
print("n", n.type, n.broadcastable)
print("b", b.type, b.broadcastable)
f = theano.function([], [n, b])
for i in range(2):
    p, q = f()
    show("n_%d" % i, p)
    show("b_%d" % i, q)
g = theano.function([], n)
theano.printing.debugprint(g)
