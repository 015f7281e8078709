# Covers: default_update of a normal stream replaced by an identity (frozen) and by the uniform stream's new state expression; deleting and restoring; debugprint of the compiled functions.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=1111)
u = srng.uniform((2,))
n = srng.normal((2,))
orig = n.rng.default_update
n.rng.default_update = n.rng
f_id = theano.function([], [u, n])
for i in range(2):
    a, b = f_id()
    show("u_%d" % i, a)
    show("n_id_%d" % i, b)
theano.printing.debugprint(f_id)
n.rng.default_update = orig
f_back = theano.function([], n)
show("n_back0", f_back())
show("n_back1", f_back())
show("n_id_after", f_id()[1])
del n.rng.default_update
f_none = theano.function([], n * 2)
show("n_none0", f_none())
show("n_none1", f_none())
f_upd = theano.function([], n * 2, updates=[(n.rng, orig)])
show("n_upd0", f_upd())
show("n_upd1", f_upd())
print("has default_update", hasattr(n.rng, 'default_update'), hasattr(u.rng, 'default_update'))
theano.printing.debugprint(f_upd)
