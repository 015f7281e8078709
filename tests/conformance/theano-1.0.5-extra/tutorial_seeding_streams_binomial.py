# Covers: tutorial 'Seeding Streams' with binomial and random_integers streams (seed 2): rng seeded via get_value(borrow=True).seed without set_value, srng.seed(0), srng.seed(2**30 - 1).
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=2)
rv_b = srng.binomial((2, 2), n=10, p=0.4)
rv_i = srng.random_integers((4,), low=0, high=100)
f = function([], [rv_b, rv_i])
b, i = f()
show("b0", b)
show("i0", i)
rng_val = rv_b.rng.get_value(borrow=True)
rng_val.seed(99)
b, i = f()
show("b_after_borrow_seed", b)
show("i_after_borrow_seed", i)
srng.seed(0)
b, i = f()
show("b_seed0", b)
show("i_seed0", i)
srng.seed(2 ** 30 - 1)
b, i = f()
show("b_seedbig", b)
show("i_seedbig", i)
b, i = f()
show("b_seedbig2", b)
