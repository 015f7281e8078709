# Covers: concatenate/stack of draws followed by reshape/flatten/dimshuffle: concatenate([u, n]).reshape((2, 3)), T.stack([u, n]).T, T.stack([u, n], axis=1).flatten(), concatenate of a dimshuffled column; values and compiled graph.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=19)
u = srng.uniform((3,))
n = srng.normal((3,))
c = T.concatenate([u, n]).reshape((2, 3))
s = T.stack([u, n]).T
fl = T.stack([u, n], axis=1).flatten()
col = T.concatenate([u.dimshuffle(0, 'x'), n.dimshuffle(0, 'x')], axis=1)
f = theano.function([], [c, s, fl, col, u, n], name='cs')
names = ["concat_reshape", "stack_T", "stack1_flat", "cols", "u", "n"]
for nm, v in zip(names, f()):
    show(nm, v)
theano.printing.debugprint(f)
