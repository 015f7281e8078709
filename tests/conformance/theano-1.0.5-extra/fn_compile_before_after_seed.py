# Covers: functions compiled before and after srng.seed(): both read the same rng shared variables, so the seed affects both; a function compiled after a new variable is created; interleaved calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=3)
u = srng.uniform((2,))
f_before = theano.function([], u, name='before')
show("before_0", f_before())
srng.seed(44)
f_after = theano.function([], u, name='after')
x1 = f_before()
x2 = f_after()
show("before_1", x1)
show("after_0", x2)
srng.seed(44)
y1 = f_after()
y2 = f_before()
print("after reseed order swapped", bool(np.all(y1 == x1)), bool(np.all(y2 == x2)))
n = srng.normal((2,))
g = theano.function([], [u, n], name='g')
a, b = g()
show("g_u", a)
show("g_n", b)
srng.seed(44)
a2, b2 = g()
print("g replay u", bool(np.all(a2 == x1)))
show("g_n_after_seed", b2)
