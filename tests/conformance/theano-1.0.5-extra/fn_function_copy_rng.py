# Covers: Function.copy() of a random function: copies (share_memory False or True) read and update the same rng and shared accumulator as the original, so calls interleave in one stream; swap= redirects the accumulator's update to another shared; a copy returns its outputs as a list.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=10)
u = srng.uniform((2,))
acc = theano.shared(np.zeros(2), name='acc')
acc2 = theano.shared(np.full(2, 100.0), name='acc2')
f = function([], u, updates=[(acc, acc + u)], name='f')
show("f1", f())
c = f.copy()
cs = f.copy(share_memory=True)
cw = f.copy(swap={acc: acc2})
show("c1", c())
show("f2", f())
show("cs1", cs())
show("f3", f())
show("cw1", cw())
show("acc", acc.get_value())
show("acc2", acc2.get_value())
show("f4", f())
