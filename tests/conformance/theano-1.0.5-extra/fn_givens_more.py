# Covers: givens: an input replaced by a random draw (function with no inputs), a random variable replaced by another stream's draw; the replaced stream is not advanced.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=52)
x = T.dvector('x')
u = srng.uniform((3,))
n = srng.normal((3,))
y = x + u
f = theano.function([], y, givens={x: n})
theano.printing.debugprint(f)
show("f0", f())
show("f1", f())
g = theano.function([x], y * 2, givens=[(u, n)])
theano.printing.debugprint(g)
show("g0", g(np.zeros(3)))
h = theano.function([], u)
show("h_u", h())
