# Covers: two MRG_RandomStreams objects: copying every state_updates rstate from one to the other mid-run (outputs then agree), srng.seed() on one mid-run, and a function compiled after the seed on the same variable.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


from theano.sandbox.rng_mrg import MRG_RandomStreams
s1 = MRG_RandomStreams(seed=10)
s2 = MRG_RandomStreams(seed=20)
a = s1.uniform((3,))
b = s2.uniform((3,))
fa = theano.function([], a)
fb = theano.function([], b)
a0 = fa()
show("a0", a0)
show("b0", fb())
print("n state_updates", len(s1.state_updates), len(s1.state_updates[0]))
for su1, su2 in zip(s1.state_updates, s2.state_updates):
    su2[0].set_value(su1[0].get_value())
x, y = fa(), fb()
print("synced", bool(np.all(x == y)))
show("a1", x)
s2.seed(10)
fb2 = theano.function([], b)
z = fb2()
print("seed10 b equals a0", bool(np.all(z == a0)))
show("b_seed10", z)
show("b_next_old_fn", fb())
