# Covers: shared matrix updated by a random draw: get_value copy vs borrow, set_value(borrow=True) aliasing, replaying draws by restoring a copied rng state.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=62)
W = theano.shared(np.zeros((2, 2)), name='W')
u = srng.uniform((2, 2))
f = theano.function([], [], updates=[(W, W + u)])
f()
w_copy = W.get_value()
w_alias = W.get_value(borrow=True)
f()
show("copy", w_copy)
show("now", W.get_value())
new = np.ones((2, 2))
W.set_value(new, borrow=True)
new[0, 0] = 42.0
show("after_alias_edit", W.get_value())
W.set_value(np.full((2, 2), 3.0))
state = u.rng.get_value(borrow=False)
f()
show("W", W.get_value())
u.rng.set_value(state)
f()
show("W_replayed", W.get_value())
