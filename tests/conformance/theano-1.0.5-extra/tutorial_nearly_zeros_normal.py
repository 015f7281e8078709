# Covers: nearly_zeros variant on a normal draw: function returning [rv_n, 3 * rv_n - rv_n - 2 * rv_n], state restore replays rv_n, and no_default_updates=True pair.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=99)
rv_n = srng.normal((3,))
f = theano.function([], rv_n)
nz = theano.function([], [rv_n, 3 * rv_n - rv_n - 2 * rv_n])
theano.printing.debugprint(nz)
state = rv_n.rng.get_value().get_state()
a, b = nz()
show("nz_n", a)
show("nz", b)
rng = rv_n.rng.get_value(borrow=True)
rng.set_state(state)
rv_n.rng.set_value(rng, borrow=True)
v = f()
print("replay == nz_n", bool(np.all(v == a)))
fixed = theano.function([], [rv_n, 3 * rv_n - rv_n - 2 * rv_n], no_default_updates=True)
p, q = fixed()
r, s = fixed()
show("p", p)
print("fixed repeat", bool(np.all(p == r)))
show("f_next", f())
