# Covers: m.T + x.T (a random matrix and a named input, shown as 'x.T'), u.dimshuffle('x', 0) (row) times an input matrix, dimshuffle(0, 'x') column minus a row; broadcastable patterns in print_type.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=418)
m = srng.uniform((2, 3))
u = srng.uniform((3,))
x = T.dmatrix('x')
row = u.dimshuffle('x', 0)
col = u.dimshuffle(0, 'x')
f = theano.function([x], [m.T + x.T, row * x, col - row], name='f')
theano.printing.debugprint(f, print_type=True)
for name, r in zip(["mT_plus_xT", "row_x", "col_minus_row"], f(np.arange(6.0).reshape(2, 3))):
    show(name, r)
