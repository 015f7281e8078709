# Covers: tutorial "Seeding Streams" with seed 1000: seeding rv_n's RandomState directly, then srng.seed(7) twice and srng.seed(8); draws before and after.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=1000)
rv_u = srng.uniform((2,))
rv_n = srng.normal((2,))
f = theano.function([], rv_u)
g = theano.function([], rv_n)
show("u0", f())
show("n0", g())
r = rv_n.rng.get_value(borrow=True)
r.seed(42)
rv_n.rng.set_value(r, borrow=True)
show("n_seed42", g())
print("n matches numpy", g().tolist() == np.random.RandomState(42).normal(size=(4,))[2:].tolist())
srng.seed(7)
a = f()
b = g()
srng.seed(7)
print("reseed same", bool(np.all(a == f())), bool(np.all(b == g())))
srng.seed(8)
show("u_seed8", f())
show("n_seed8", g())
