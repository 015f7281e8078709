# Covers: nearly_zeros pair with uniform(low=-1, high=3) size (4,) and seed 321: outputs [rv_u, rv_u * 3 - rv_u - 2 * rv_u] (rounding visible), call order nearly_zeros, f, nearly_zeros; debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=321)
rv_u = srng.uniform((4,), low=-1, high=3)
f = function([], rv_u)
nearly_zeros = function([], [rv_u, rv_u * 3 - rv_u - 2 * rv_u])
theano.printing.debugprint(nearly_zeros)
state0 = rv_u.rng.get_value().get_state()
u1, z1 = nearly_zeros()
show("u1", u1)
show("z1", z1)
show("f", f())
u2, z2 = nearly_zeros()
show("u2", u2)
show("z2", z2)
rv_u.rng.get_value(borrow=True).set_state(state0)
show("f_replay", f())
