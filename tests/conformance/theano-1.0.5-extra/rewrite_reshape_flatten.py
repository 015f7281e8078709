# Covers: reshape of a 3-D draw with -1 in the shape, reshape to a symbolic shape (x.shape), flatten(2) of a 3-D draw, flatten() feeding a sum, and a reshape to 0-d of size (1,).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=419)
c = srng.uniform((2, 2, 3))
x = T.dmatrix('x')
m = srng.normal((6,))
s = srng.uniform((1,))
f = theano.function([x], [c.reshape((4, -1)), m.reshape(x.shape) + x, c.flatten(2), c.flatten().sum(), s.reshape(())], name='f')
theano.printing.debugprint(f)
for name, r in zip(["reshape_m1", "reshape_sym", "flatten2", "flat_sum", "scalar"], f(np.ones((3, 2)))):
    show(name, r)
