# Covers: set_value on rng shared with a list, a float, a string and a 0-d array (TypeError or not), srng[rng] with a non-RandomState, None state on a normal stream, a zero-size dimension draw.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=2)
n = srng.normal((2,))
f = theano.function([], n, name='f')
for label, val in [("list", [1, 2]), ("float", 1.5), ("string", "abc"), ("array0d", np.array(3))]:
    try:
        n.rng.set_value(val)
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__)
print("works", f().shape)
try:
    srng[n.rng] = 12
    print("setitem int no error")
except Exception as e:
    print("setitem int", type(e).__name__)
n.rng.set_value(None)
try:
    f()
except Exception as e:
    print("none call", type(e).__name__)
n.rng.set_value(np.random.RandomState(8))
print("restored", f().tolist() == np.random.RandomState(8).normal(size=(2,)).tolist())
z = srng.uniform((0, 3))
g = theano.function([], z)
show("zero_size", g())
try:
    srng.binomial((3,), n=2, p=0.5, ndim=2)
    print("binomial ndim no error")
except Exception as e:
    print("binomial ndim", type(e).__name__)
