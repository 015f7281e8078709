# Covers: indexing random draws: u[0], u[:, 1], u[1:], u[-1], u[::2] and u[1, 2]; Subtensor nodes with constant and slice indices in the compiled graph.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=420)
u = srng.uniform((3, 4))
v = srng.normal((5,))
f = theano.function([], [u[0], u[:, 1], u[1:], v[-1], v[::2], u[1, 2]], name='f')
theano.printing.debugprint(f)
for name, r in zip(["u0", "u_col1", "u_1on", "v_last", "v_step2", "u12"], f()):
    show(name, r)
