# Covers: shared int64 matrix with borrow=True/False (in-place edit visible or not), get_value(borrow=True) aliasing of an rng state, set_value(borrow=True) of a RandomState then edited outside.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


arr = np.arange(6, dtype='int64').reshape(2, 3)
s_copy = theano.shared(arr, name='s_copy')
s_alias = theano.shared(arr, name='s_alias', borrow=True)
arr[1, 2] = 42
show("s_copy", s_copy.get_value())
show("s_alias", s_alias.get_value())
print("types", s_copy.type, s_alias.type)
srng = RandomStreams(seed=5)
r = srng.random_integers((4,), low=0, high=100)
f = theano.function([], r + s_copy.sum())
rs = np.random.RandomState(77)
r.rng.set_value(rs, borrow=True)
rs.randint(10)
show("f_after_outside_draw", f())
ref = np.random.RandomState(77)
ref.randint(10)
print("expected", (ref.randint(0, 101, size=(4,)) + 15).tolist())
alias = r.rng.get_value(borrow=True)
show("f1", f())
print("alias advanced", alias.randint(0, 101, size=(2,)).tolist())
show("f2", f())
