# Covers: tutorial 'Seeding Streams' with three streams (uniform, normal, random_integers): seeding rv_i's RandomState via get_value/seed/set_value, srng.seed(1) then srng.seed(2).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=55)
rv_u = srng.uniform((3,))
rv_n = srng.normal((3,))
rv_i = srng.random_integers((4,), low=0, high=9)
f = theano.function([], [rv_u, rv_n, rv_i])
h = theano.function([], rv_i, no_default_updates=True)
for i in range(2):
    a, b, c = f()
    show("u_%d" % i, a)
    show("n_%d" % i, b)
    show("i_%d" % i, c)
rng_val = rv_i.rng.get_value(borrow=True)
rng_val.seed(4242)
rv_i.rng.set_value(rng_val, borrow=True)
show("h_after_seed", h())
show("h_again", h())
a, b, c = f()
show("i_after_seed", c)
srng.seed(1)
a, b, c = f()
show("u_s1", a)
show("n_s1", b)
show("i_s1", c)
srng.seed(2)
show("h_s2", h())
a, b, c = f()
show("u_s2", a)
show("i_s2", c)
