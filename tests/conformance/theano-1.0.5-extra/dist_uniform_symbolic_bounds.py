# Covers: RandomStreams.uniform with symbolic low/high: scalar inputs, vector bounds broadcast over size, and low == high.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=41)
lo = T.dscalar('lo')
hi = T.dscalar('hi')
u1 = srng.uniform((2, 3), low=lo, high=hi)
lov = T.dvector('lov')
u2 = srng.uniform((2, 3), low=lov, high=lov + 1)
print("u1", u1.type, "u2", u2.type)
f = theano.function([lo, hi, lov], [u1, u2])
theano.printing.debugprint(f)
a, b = f(-5.0, 5.0, np.array([0.0, 10.0, 100.0]))
show("u1", a)
show("u2", b)
a, b = f(3.0, 3.0, np.array([-1.0, -2.0, -3.0]))
show("u1_eq", a)
show("u2_b", b)
