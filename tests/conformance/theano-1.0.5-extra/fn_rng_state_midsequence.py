# Covers: get_value/set_value(borrow=True and False) on an rng state in the middle of a sequence of calls: snapshot copies replay, a borrowed reference mutates with calls, sharing one state between two streams.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=77)
u = srng.uniform((3,))
n = srng.uniform((3,))
f = theano.function([], u)
g = theano.function([], n)
show("u0", f())
snap = u.rng.get_value()
ref = u.rng.get_value(borrow=True)
show("u1", f())
show("u2", f())
print("ref tracks calls", ref.get_state()[2] == u.rng.get_value(borrow=True).get_state()[2])
u.rng.set_value(snap, borrow=False)
show("u1_again", f())
n.rng.set_value(u.rng.get_value(), borrow=False)
a = f()
b = g()
print("copied state same draw", bool(np.all(a == b)))
n.rng.set_value(u.rng.get_value(borrow=True), borrow=True)
a = f()
b = g()
print("aliased state different draw", bool(np.all(a == b)))
show("a", a)
show("b", b)
