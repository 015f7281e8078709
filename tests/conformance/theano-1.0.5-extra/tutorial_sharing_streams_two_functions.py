# Covers: tutorial 'Sharing Streams Between Functions' with two functions on one stream (seed 8, size (3,)): f returns u, h returns u * 10 and advances the same rng; state restore replays across functions.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=8)
rv_u = srng.uniform((3,))
rv_n = srng.normal((3,))
f = function([], rv_u)
h = function([], [rv_u * 10, rv_n])
state0 = rv_u.rng.get_value().get_state()
a = f()
b, n1 = h()
show("f_a", a)
show("h_b", b)
show("n1", n1)
rng = rv_u.rng.get_value(borrow=True)
rng.set_state(state0)
rv_u.rng.set_value(rng, borrow=True)
c, n2 = h()
d = f()
show("h_c", c)
show("f_d", d)
show("n2", n2)
print("c == 10 * a", bool(np.allclose(c, 10 * a)))
print("d == b / 10", bool(np.allclose(d, b / 10)))
print("n1 == n2", bool(np.all(n1 == n2)))
