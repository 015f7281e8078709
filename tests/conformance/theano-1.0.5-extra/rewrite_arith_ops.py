# Covers: arithmetic between a random vector and an input: x*u+1, u-x, x/u, u/2 (division by a constant), -u; fusion and inplace markers in debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=31)
x = T.dvector('x')
u = srng.uniform((3,))
f = theano.function([x], [x * u + 1, u - x, x / u])
theano.printing.debugprint(f)
a, b, c = f(np.array([1.0, 2.0, 3.0]))
show("xu1", a)
show("u_minus_x", b)
show("x_div_u", c)
g = theano.function([], [u / 2, -u])
theano.printing.debugprint(g)
p, q = g()
show("half", p)
show("neg", q)
