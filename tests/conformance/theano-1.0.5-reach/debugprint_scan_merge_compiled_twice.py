# Covers: scan_merge renames the inner inputs of the loops it merges with their index (x[t-1] -> x[t-1]0): the same two loops compiled into a second function, and the first loop compiled alone after that, print the names as the earlier merges left them; a function with one loop twice over one input (the outputs of one node) is one loop; values and debugprints.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.round(12).tolist())


srng = RandomStreams(seed=3)
x = T.dscalar('x')
w = T.dscalar('w')
xs, ux = theano.scan(lambda p, q: p * q + srng.uniform(), outputs_info=x, non_sequences=w,
                     n_steps=2)
ys, uy = theano.scan(lambda p, q: p - q, outputs_info=x, non_sequences=w, n_steps=2)
f = theano.function([x, w], [xs, ys], updates=ux)
theano.printing.debugprint(f)
show("f", f(1.0, 2.0)[0])
g = theano.function([x, w], xs + ys, updates=ux)
theano.printing.debugprint(g)
show("g", g(1.0, 2.0))
h = theano.function([x, w], xs, updates=ux)
theano.printing.debugprint(h)
show("h", h(1.0, 2.0))
k = theano.function([x, w], [xs, xs * 2], updates=ux)
theano.printing.debugprint(k)
for v in k(1.0, 2.0):
    show("k", v)
