# Covers: tutorial 'Seeding Streams' with seed 55: a third stream (poisson) created after srng.seed(11); seeding rv_n's RandomState via get_value(borrow=False) does not touch the shared state until set_value.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=55)
rv_u = srng.uniform((3,))
rv_n = srng.normal((3,))
f = function([], rv_u)
g = function([], rv_n)
show("u0", f())
show("n0", g())
rng_copy = rv_n.rng.get_value(borrow=False)
rng_copy.seed(4321)
show("n_unaffected", g())
rv_n.rng.set_value(rng_copy, borrow=False)
rng_copy.seed(1)
show("n_after_set", g())
srng.seed(11)
rv_p = srng.poisson((3,), lam=2.0)
h = function([], rv_p)
show("u_after_seed", f())
show("n_after_seed", g())
show("p_new", h())
srng.seed(11)
show("p_after_reseed", h())
show("u_after_reseed", f())
print("n_states", len(srng.state_updates))
