# Covers: theano.shared(arr, borrow=True) aliasing the numpy array (in-place edits seen by the next call), set_value later with a new array and borrow=False, and a random draw added to the shared vector each call.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=47)
arr = np.array([10.0, 20.0, 30.0])
s = theano.shared(arr, borrow=True, name='s')
u = srng.uniform((3,))
f = theano.function([], s + u, name='f')
show("f0", f())
arr[0] = -10.0
show("f1_after_inplace", f())
new = np.array([0.0, 0.0, 0.0])
s.set_value(new, borrow=False)
new[1] = 99.0
show("f2_after_set", f())
s.set_value(np.array([1.0, 1.0]))
show("f3_len2_broadcast_error_free", theano.function([], s * 2)())
try:
    f()
    print("no error")
except Exception as e:
    print("shape mismatch", type(e).__name__)
