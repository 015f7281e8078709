# Covers: fusion on a matrix draw with a matrix and a scalar input: (x - u) * s + u * u, T.exp(s * u) - x / 2, and two outputs sharing the subexpression x - u; Composite nodes.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=81)
x = T.dmatrix('x')
s = T.dscalar('s')
u = srng.uniform((2, 2))
d = x - u
y1 = d * s + u * u
y2 = T.exp(s * u) - x / 2
f = theano.function([x, s], y1)
theano.printing.debugprint(f)
xv = np.array([[1.0, 2.0], [3.0, 4.0]])
show("y1", f(xv, 2.0))
g = theano.function([x, s], [y1, y2, d])
theano.printing.debugprint(g)
for name, v in zip(["y1b", "y2", "d"], g(xv, -1.0)):
    show(name, v)
