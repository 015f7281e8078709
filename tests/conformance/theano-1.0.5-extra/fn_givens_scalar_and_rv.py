# Covers: givens replacing a scalar input by a shared scalar, a random matrix by an input-derived expression, and an input by another random draw; the replaced stream's state is unchanged.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=246)
x = T.dmatrix('x')
s = T.dscalar('s')
u = srng.uniform((2, 2))
n = srng.normal((2, 2))
y = s * x + u
k = theano.shared(3.0, name='k')
f = theano.function([x], y, givens={s: k})
show("f0", f(np.ones((2, 2))))
show("f1", f(np.ones((2, 2))))
before = u.rng.get_value().get_state()[1][:3].tolist()
g = theano.function([x, s], y, givens=[(u, x * 0.5)])
show("g", g(np.full((2, 2), 2.0), 10.0))
print("u state unchanged", u.rng.get_value().get_state()[1][:3].tolist() == before)
h = theano.function([s], y, givens={x: n})
show("h0", h(0.0))
show("h1", h(1.0))
theano.printing.debugprint(h)
