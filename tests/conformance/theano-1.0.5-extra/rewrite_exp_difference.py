# Covers: T.exp(u) - T.exp(n) and T.exp(u - n) for a uniform and a normal draw of size (2, 2): which nodes fuse, and the values.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=63)
u = srng.uniform((2, 2))
n = srng.normal((2, 2))
f = theano.function([], T.exp(u) - T.exp(n))
theano.printing.debugprint(f)
show("f0", f())
g = theano.function([], [T.exp(u - n), T.log(u) + n])
theano.printing.debugprint(g)
a, b = g()
show("g_a", a)
show("g_b", b)
