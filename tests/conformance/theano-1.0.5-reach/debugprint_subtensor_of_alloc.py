# Covers: compiled debugprints of slices and rows of T.alloc / T.zeros as model code writes them (a padding buffer's first rows, a row of a zero matrix added to a vector, the rows after the first of an allocated mask, a reversed alloc) rewritten to smaller allocs (local_subtensor_of_alloc, its Subtensor{} of the value dropped), and of a reshape to (rows, -1) added to an alloc of the input's size: the reshape's inferred sizes compared with -1 and folded (Reshape.infer_shape, eq(shape, -1) -> False), in the Assert Theano puts on the sum; the uncompiled graph of flatten(t, 2) (the kept size read as t.shape[:1][0]) and its compiled form; values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


n = T.lscalar('n')
v = T.dvector('v')
x = T.dmatrix('x')
pad = T.alloc(np.float64(0.5), n, 3)
f1 = theano.function([n], pad[:2], name='first_rows')
theano.printing.debugprint(f1)
show("first_rows", f1(4))
f2 = theano.function([v], T.zeros((5, v.shape[0]))[2] + v, name='row_plus')
theano.printing.debugprint(f2)
show("row_plus", f2(np.array([1.0, 2.0])))
mask = T.alloc(np.float64(1.0), n, v.shape[0])
f3 = theano.function([n, v], mask[1:] * v, name='rest')
theano.printing.debugprint(f3)
show("rest", f3(3, np.array([1.0, -1.0])))
f4 = theano.function([n], T.alloc(np.float64(2.0), n, 2)[::-1], name='reversed')
theano.printing.debugprint(f4)
show("reversed", f4(2))
r = x.reshape((x.shape[0], -1))
f5 = theano.function([x, n], r + T.alloc(np.float64(1.0), n, 6), name='reshape_plus')
theano.printing.debugprint(f5)
show("reshape_plus", f5(np.arange(6.0).reshape(1, 6), 1))
t = T.dtensor3('t')
flat = T.flatten(t, 2)
theano.printing.debugprint(flat)
f6 = theano.function([t], flat, name='flat')
theano.printing.debugprint(f6)
show("flat", f6(np.arange(8.0).reshape(2, 2, 2)))
