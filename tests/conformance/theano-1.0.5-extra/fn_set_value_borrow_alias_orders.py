# Covers: v.rng.set_value(u.rng.get_value(borrow=True), borrow=True) aliasing of two streams with different distributions (uniform and normal), then calls in different orders; borrow=False on one side breaks the aliasing.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def st(r):
    s = r.get_state()
    return (int(s[2]), [int(x) for x in s[1][:3]])

srng = RandomStreams(seed=8)
u = srng.uniform((3,))
n = srng.normal((3,))
n.rng.set_value(u.rng.get_value(borrow=True), borrow=True)
print("aliased", n.rng.get_value(borrow=True) is u.rng.get_value(borrow=True))
f_u = theano.function([], u)
f_n = theano.function([], n)
f_both = theano.function([], [n, u])
show("u0", f_u())
show("n0", f_n())
show("u1", f_u())
print("aliased1", n.rng.get_value(borrow=True) is u.rng.get_value(borrow=True))
a, b = f_both()
show("both_n", a)
show("both_u", b)
print("aliased2", n.rng.get_value(borrow=True) is u.rng.get_value(borrow=True))
print("states", st(u.rng.get_value()), st(n.rng.get_value()))
n.rng.set_value(u.rng.get_value(borrow=True), borrow=False)
print("aliased3", n.rng.get_value(borrow=True) is u.rng.get_value(borrow=True))
show("n1", f_n())
show("u2", f_u())
show("n2", f_n())
u.rng.set_value(n.rng.get_value(borrow=True), borrow=True)
a, b = f_both()
show("both2_n", a)
show("both2_u", b)
show("u3", f_u())
show("n3", f_n())
