# Covers: MRG_RandomStreams.uniform with a size containing 1 ((1, 3), (2, 1)): broadcastable output types, broadcasting against an input matrix (x + u, x * v), debugprint of the compiled function.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


from theano.sandbox.rng_mrg import MRG_RandomStreams
srng = MRG_RandomStreams(seed=99)
u = srng.uniform((1, 3))
v = srng.uniform((2, 1), low=1.0, high=2.0)
print("u", u.type, u.broadcastable)
print("v", v.type, v.broadcastable)
x = T.dmatrix('x')
y = x + u
z = x * v
print("y", y.broadcastable, "z", z.broadcastable)
f = theano.function([x], [y, z])
theano.printing.debugprint(f)
a, b = f(np.zeros((2, 3)))
show("y", a)
show("z", b)
