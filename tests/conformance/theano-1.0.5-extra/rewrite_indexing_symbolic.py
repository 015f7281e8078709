# Covers: indexing draws with a symbolic int index (u[i], u[i:]), advanced indexing with a constant list (v[[0, 2, 2]]) and with a random_integers index vector.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=421)
u = srng.uniform((4,))
v = srng.normal((5,))
idx = srng.random_integers((3,), low=0, high=4)
i = T.lscalar('i')
f = theano.function([i], [u[i], u[i:], v[[0, 2, 2]], v[idx], idx], name='f')
theano.printing.debugprint(f)
for name, r in zip(["u_i", "u_i_on", "v_list", "v_idx", "idx"], f(1)):
    show(name, r)
