# Covers: T.floor(n * 3), T.ceil(n), T.round(n * 2) (half to even) and T.iround of normal draws; float64 outputs vs int64 from iround, and fusion into a Composite.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=411)
n = srng.normal((5,))
f = theano.function([], [T.floor(n * 3), T.ceil(n), T.round(n * 2), T.iround(n * 4)], name='f')
theano.printing.debugprint(f)
for name, r in zip(["floor", "ceil", "round", "iround"], f()):
    show(name, r)
h = theano.function([], T.round(T.as_tensor_variable(np.array([0.5, 1.5, 2.5, -0.5]))) + n[:4] * 0, name='h')
show("round_half", h())
