# Covers: gradients through indexing: basic slices x[1:], x[::2], x[i] with a symbolic index, a matrix row and column, advanced indexing x[[0, 2, 2]] (repeated index accumulates) and x[idx] with an ivector; values and debugprint of the compiled gradients (IncSubtensor / AdvancedIncSubtensor1).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
M = T.dmatrix('M')
i = T.lscalar('i')
idx = T.ivector('idx')
xv = np.array([1.0, 2.0, 3.0, 4.0])
Mv = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
show("g_slice", theano.function([x], T.grad(T.sum(x[1:] ** 2), x))(xv))
show("g_step", theano.function([x], T.grad(T.sum(x[::2] * 3), x))(xv))
f_i = theano.function([x, i], T.grad(x[i] ** 3, x), name='g_index')
show("g_index_1", f_i(xv, 1))
show("g_index_neg", f_i(xv, -1))
show("g_row", theano.function([M], T.grad(T.sum(M[1] * M[0]), M))(Mv))
show("g_col", theano.function([M], T.grad(T.sum(M[:, 2] ** 2), M))(Mv))
f_adv = theano.function([x], T.grad(T.sum(x[[0, 2, 2]] * np.array([1.0, 10.0, 100.0])), x), name='g_adv')
show("g_adv", f_adv(xv))
f_idx = theano.function([x, idx], T.grad(T.sum(x[idx] ** 2), x), name='g_adv_idx')
show("g_adv_idx", f_idx(xv, np.array([3, 3, 0], dtype='int32')))
theano.printing.debugprint(f_i)
theano.printing.debugprint(f_adv)
