# Covers: nearly_zeros pair variant on a binomial draw (seed 13, size (2, 3)): [rv_b, rv_b + rv_b - 2 * rv_b] int64 outputs, state restore replays rv_b, no_default_updates=True pair, debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=13)
rv_b = srng.binomial((2, 3), n=3, p=0.6)
f = function([], rv_b)
nearly_zeros = function([], [rv_b, rv_b + rv_b - 2 * rv_b])
theano.printing.debugprint(nearly_zeros)
state0 = rv_b.rng.get_value().get_state()
nz_b, nz = nearly_zeros()
show("nz_b", nz_b)
show("nz", nz)
v1 = f()
rng = rv_b.rng.get_value(borrow=True)
rng.set_state(state0)
rv_b.rng.set_value(rng, borrow=True)
v2 = f()
show("v1", v1)
show("v2", v2)
print("v2 == nz_b", bool(np.all(v2 == nz_b)))
fixed = function([], [rv_b, rv_b + rv_b - 2 * rv_b], no_default_updates=True)
a_b, a_z = fixed()
b_b, b_z = fixed()
show("a_b", a_b)
show("a_z", a_z)
print("a_b == b_b", bool(np.all(a_b == b_b)))
show("f_after", f())
