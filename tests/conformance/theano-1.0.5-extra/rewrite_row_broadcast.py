# Covers: broadcasting a row draw (size (3,)) against an input matrix: x + u, x * u - u, T.maximum(x, u); a (1, 3) draw is already a row type (constant size), so T.addbroadcast(r, 0) is a no-op.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=426)
u = srng.uniform((3,))
r = srng.normal((1, 3))
x = T.dmatrix('x')
f = theano.function([x], [x + u, x * u - u, T.maximum(x, u)], name='f')
theano.printing.debugprint(f)
xv = np.array([[0.0, 0.5, 1.0], [1.0, 2.0, 3.0]])
for name, v in zip(["x_plus_u", "xu_minus_u", "max_xu"], f(xv)):
    show(name, v)
print("r_type", r.type, r.broadcastable)
g = theano.function([x], x + T.addbroadcast(r, 0), name='g')
show("x_plus_r", g(xv))
