# Covers: MRG_RandomStreams rstate arithmetic: srng.rstate after each new variable, inc_rstate(), get_substream_rstates for n streams (rows follow the substream jump), seed() with an int resetting rstate, two srngs with the same seed and a different number of earlier variables.
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
srng = MRG_RandomStreams(seed=100)
print("rstate0", srng.rstate.dtype, srng.rstate.tolist())
u = srng.uniform((3,))
print("rstate1", srng.rstate.tolist())
v = srng.uniform((5,))
print("rstate2", srng.rstate.tolist())
srng.inc_rstate()
print("rstate3", srng.rstate.tolist())
subs = srng.get_substream_rstates(3, 'int32')
print("subs", subs.dtype, subs.shape, subs.tolist())
print("rstate4", srng.rstate.tolist())
subs2 = srng.get_substream_rstates(2, 'int32', inc_rstate=False)
print("subs2", subs2.tolist())
print("rstate5", srng.rstate.tolist())
srng.seed(100)
print("rstate_seeded", srng.rstate.tolist())
srng.seed(7)
print("rstate_seed7", srng.rstate.tolist())
a = MRG_RandomStreams(seed=55)
b = MRG_RandomStreams(seed=55)
a_first = a.uniform((3,))
a_second = a.uniform((3,))
b_only = b.uniform((3,))
f = theano.function([], [a_first, a_second, b_only])
x, y, z = f()
show("a_first", x)
show("a_second", y)
show("b_only", z)
print("b equals a_first", np.array_equal(x, z))
print("state shapes", [e[0].get_value().shape for e in a.state_updates])
