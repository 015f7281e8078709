# Covers: MRG uniform draws inside an expression with an input (x * u + v, v with low/high), two MRG streams in one function, update order, no_default_updates=True.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = MRG_RandomStreams(seed=2020)
x = T.dvector('x')
u = srng.uniform((4,))
v = srng.uniform((4,), low=2.0, high=4.0)
f = theano.function([x], x * u + v)
theano.printing.debugprint(f)
for i in range(2):
    show("y_%d" % i, f(np.array([1.0, 2.0, 3.0, 4.0])))
g = theano.function([], [u, v], no_default_updates=True)
a, b = g()
show("u_frozen", a)
a2, b2 = g()
print("frozen equal", bool(np.all(a == a2)), bool(np.all(b == b2)))
