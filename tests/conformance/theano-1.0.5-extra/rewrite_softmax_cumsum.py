# Covers: T.nnet.softmax of a random matrix (rows sum to 1), T.cumsum and T.cumprod of a uniform vector; the compiled Softmax and CumOp nodes.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=427)
n = srng.normal((2, 3))
u = srng.uniform((4,))
f = theano.function([], [T.nnet.softmax(n), T.nnet.softmax(n).sum(axis=1)], name='f')
theano.printing.debugprint(f)
a, b = f()
show("softmax", a)
show("rowsum", b)
g = theano.function([], [T.cumsum(u), T.cumprod(u), T.extra_ops.cumsum(n, axis=0)], name='g')
theano.printing.debugprint(g)
for name, r in zip(["cumsum", "cumprod", "cumsum0"], g()):
    show(name, r)
