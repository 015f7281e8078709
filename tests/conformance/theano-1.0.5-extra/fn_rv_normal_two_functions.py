# Covers: one normal variable in two functions (n and n.sum()), interleaved calls share one stream; srng.seed, copied state replay across the two functions.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=88)
n = srng.normal((2, 2))
f = theano.function([], n)
g = theano.function([], n.sum())
show("f0", f())
print("g0", float(g()))
show("f1", f())
print("g1", float(g()))
srng.seed(88)
state = n.rng.get_value(borrow=False)
a = f()
show("f_reseed", a)
n.rng.set_value(state, borrow=False)
print("g_from_state equals sum", float(g()) == float(a.sum()))
show("f_after", f())
