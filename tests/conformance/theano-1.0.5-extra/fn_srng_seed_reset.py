# Covers: srng.seed(s) after several calls restores the same draws as a fresh RandomStreams(s); seeding with another value; streams created after seeding.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=60)
u = srng.uniform((3,))
n = srng.normal((2,))
f = theano.function([], [u, n])
first = f()
f()
f()
srng.seed(60)
again = f()
print("same after reseed", bool(np.all(first[0] == again[0])), bool(np.all(first[1] == again[1])))
srng.seed(61)
show("u_61", f()[0])
other = RandomStreams(seed=61)
u2 = other.uniform((3,))
n2 = other.normal((2,))
show("fresh_61", theano.function([], u2)())
late = srng.uniform((2,))
show("late", theano.function([], late)())
