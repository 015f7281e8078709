# Covers: no_default_updates listing an MRG stream's state while a RandomStreams stream advances, and the reverse; repeated calls show which draws repeat.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rs = RandomStreams(seed=11)
mrg = MRG_RandomStreams(seed=11)
u = rs.uniform((2,))
m = mrg.uniform((2,))
m_state = m.owner.inputs[0]
print("mrg state has default_update", hasattr(m_state, 'default_update'))
f = theano.function([], [u, m], no_default_updates=[m_state])
for i in range(2):
    a, b = f()
    show("f_u_%d" % i, a)
    show("f_m_%d" % i, b)
g = theano.function([], [u, m], no_default_updates=[u.rng])
for i in range(2):
    a, b = g()
    show("g_u_%d" % i, a)
    show("g_m_%d" % i, b)
