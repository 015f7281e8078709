# Covers: T.switch with a binomial mask choosing between a uniform and a normal draw, its mean over axis 0, the fraction (u > n).mean(), and T.maximum(u, n).max(); fused Composites in the compiled graph.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=71)
m = srng.binomial((3, 2), p=0.5)
u = srng.uniform((3, 2))
n = srng.normal((3, 2))
s = T.switch(m, u, n)
f = theano.function([], [s.mean(axis=0), (u > n).mean(), T.maximum(u, n).max()])
theano.printing.debugprint(f)
for i in range(2):
    a, b, c = f()
    show("smean_%d" % i, a)
    print("frac_%d" % i, float(b))
    print("max_%d" % i, float(c))
