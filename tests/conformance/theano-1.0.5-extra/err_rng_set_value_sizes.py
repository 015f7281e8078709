# Covers: size and ndim errors across distributions: negative sizes for normal/binomial/random_integers, ndim mismatch for uniform/binomial, zero-size (0,) and (2, 0) draws accepted with empty results, then set_value of an int on that stream.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=12)
for label, fn in [("normal_neg", lambda: srng.normal((-1,))),
                  ("binomial_neg", lambda: srng.binomial((3, -2), n=1, p=0.5)),
                  ("randint_neg", lambda: srng.random_integers((-4,), low=0, high=2)),
                  ("uniform_ndim", lambda: srng.uniform((2,), ndim=2)),
                  ("binomial_ndim", lambda: srng.binomial((2, 2), ndim=1))]:
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__)
z1 = srng.uniform((0,))
z2 = srng.normal((2, 0))
f = theano.function([], [z1, z2])
a, b = f()
show("empty1", a)
show("empty2", b)
try:
    z1.rng.set_value(7)
except Exception as e:
    print("set_int", type(e).__name__)
a, b = f()
show("empty1_again", a)
