# Covers: two MRG_RandomStreams with the same seed: identical draws, state copied from one to the other mid-run (get_value copy) replays, then aliased with set_value(borrow=True) and both functions called in turn.
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

from theano.sandbox.rng_mrg import MRG_RandomStreams
a = MRG_RandomStreams(seed=9)
b = MRG_RandomStreams(seed=9)
ua = a.uniform((4,))
ub = b.uniform((4,))
sa = a.state_updates[0][0]
sb = b.state_updates[0][0]
fa = theano.function([], ua)
fb = theano.function([], ub)
x = fa()
y = fb()
show("a0", x)
print("equal0", np.array_equal(x, y))
fa()
fa()
sb.set_value(sa.get_value())
x = fa()
y = fb()
show("a3", x)
print("equal_after_copy", np.array_equal(x, y))
sb.set_value(sa.get_value(borrow=True), borrow=True)
print("aliased", sb.get_value(borrow=True) is sa.get_value(borrow=True))
x = fa()
y = fb()
show("a4", x)
show("b4", y)
print("aliased after", sb.get_value(borrow=True) is sa.get_value(borrow=True))
print("state equal", np.array_equal(sa.get_value(), sb.get_value()))
fab = theano.function([], [ua, ub])
x, y = fab()
show("ab_a", x)
show("ab_b", y)
print("state equal2", np.array_equal(sa.get_value(), sb.get_value()))
