# Covers: the tutorial's "Using Random Numbers" page: rv_u = srng.uniform((2, 2)) and rv_n = srng.normal((2, 2)), g compiled with no_default_updates=True, seeding one stream through rv_u.rng.get_value(borrow=True).seed(89234) and set_value(..., borrow=True), srng.seed(902340) re-seeding all, saving and restoring a stream's state with get_value/set_value, and "Copying Random State Between Theano Graphs": a Graph class with MRG_RandomStreams whose rstate and state_updates are copied from another graph so both draw the same.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.sandbox.rng_mrg import MRG_RandomStreams
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=234)
rv_u = srng.uniform((2, 2))
rv_n = srng.normal((2, 2))
f = function([], rv_u)
g = function([], rv_n, no_default_updates=True)
nearly_zeros = function([], rv_u + rv_u - 2 * rv_u)
show("f1", f())
show("f2", f())
show("g1", g())
show("g2", g())
show("nz", nearly_zeros())
rng_val = rv_u.rng.get_value(borrow=True)
rng_val.seed(89234)
rv_u.rng.set_value(rng_val, borrow=True)
show("f_seeded", f())
srng.seed(902340)
show("f_srng_seed", f())
show("g_srng_seed", g())
state_after_v0 = rv_u.rng.get_value().get_state()
nearly_zeros()
v1 = f()
rng = rv_u.rng.get_value(borrow=True)
rng.set_state(state_after_v0)
rv_u.rng.set_value(rng, borrow=True)
v2 = f()
v3 = f()
print(bool(np.all(v1 == v2)), bool(np.all(v1 == v3)))


class Graph():
    def __init__(self, seed=123):
        self.rng = MRG_RandomStreams(seed)
        self.y = self.rng.uniform(size=(1,))


g1 = Graph(seed=123)
f1 = theano.function([], g1.y)
g2 = Graph(seed=987)
f2 = theano.function([], g2.y)
show("mrg_f1", f1())
show("mrg_f2", f2())


def copy_random_state(g1, g2):
    if isinstance(g1.rng, MRG_RandomStreams):
        g2.rng.rstate = g1.rng.rstate
    for (su1, su2) in zip(g1.rng.state_updates, g2.rng.state_updates):
        su2[0].set_value(su1[0].get_value())


copy_random_state(g1, g2)
show("mrg_f1_again", f1())
show("mrg_f2_copied", f2())
