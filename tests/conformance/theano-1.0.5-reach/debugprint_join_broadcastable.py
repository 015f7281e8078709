# Covers: the broadcastable pattern of Join (Join.make_node): along a constant axis another axis broadcasts where some input broadcasts on it (T.join(1, row, matrix), T.concatenate of a column and a broadcastable column along axis 0), a negative axis, a symbolic axis (none broadcasts), a single tensor kept as it is; .broadcastable and .type of each, and debugprint and values of a compiled function adding a joined row to a matrix.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


v = T.dvector('v'); m = T.dmatrix('m'); n = T.lscalar('n')
r = v.dimshuffle('x', 0)
joins = [
    ("row_matrix_axis1", T.join(1, r, m)),
    ("row_matrix_axis0", T.join(0, r, m)),
    ("rows_negative", T.join(-1, r, r)),
    ("rows_symbolic", T.join(n, r, r)),
    ("columns_axis0", T.concatenate([m[:, :1], T.addbroadcast(m[:, :1], 1)], axis=0)),
    ("single", T.join(0, r)),
]
for name, j in joins:
    print(name, j.broadcastable, j.type)

f = theano.function([v, m], [T.join(1, r, r) + m, T.concatenate([r, r], axis=1).sum(axis=0)],
                    name='joined_row')
theano.printing.debugprint(f)
for k, out in enumerate(f(np.array([1.0, -2.0]), np.arange(8.0).reshape(2, 4))):
    show("out%d" % k, out)
