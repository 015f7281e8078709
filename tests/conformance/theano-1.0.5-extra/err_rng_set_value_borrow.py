# Covers: rng shared set_value variants: a RandomState set with borrow=True then mutated outside (aliased), borrow=False (copied), a bool, a tuple state (TypeError), and a Generator from default_rng.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=4)
u = srng.uniform((3,))
f = theano.function([], u, name='f')
r = np.random.RandomState(17)
u.rng.set_value(r, borrow=True)
r.seed(18)
print("aliased", f().tolist() == np.random.RandomState(18).uniform(size=(3,)).tolist())
r2 = np.random.RandomState(17)
u.rng.set_value(r2, borrow=False)
r2.seed(18)
print("copied", f().tolist() == np.random.RandomState(17).uniform(size=(3,)).tolist())
for label, val in [("bool", True), ("state_tuple", np.random.RandomState(1).get_state()),
                   ("generator", np.random.default_rng(1)), ("float", 2.5)]:
    try:
        u.rng.set_value(val)
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__)
show("still", f())
