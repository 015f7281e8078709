# Covers: MRG_RandomStreams.uniform (size (2, 3)) in an expression with an input matrix and a scalar input: x + s * u, repeated calls, debugprint of the compiled function.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = MRG_RandomStreams(seed=1111)
x = T.dmatrix('x')
s = T.dscalar('s')
u = srng.uniform((2, 3))
f = theano.function([x, s], x + s * u)
theano.printing.debugprint(f)
for i in range(2):
    show("y%d" % i, f(np.ones((2, 3)), 10.0))
show("y_s0", f(np.zeros((2, 3)), 0.0))
