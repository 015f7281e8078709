# Covers: the types of the compiled log-softmax gradient: local_logsoftmax_grad turns SoftmaxGrad(g / sm, sm) into g - sum(g, axis=1, keepdims=True) * sm; a scalar-weighted cost's g is one broadcast row, first allocated to alloc(g, g.shape[0], n), a row because g.shape[0] is proved 1, so its Sum{axis=[1]} is typed (True,) and the DimShuffle{0,x} above it (True, True); a matrix-weighted cost's g is a matrix (Sum a vector, DimShuffle a col); a vector-weighted cost's g is DimShuffle{x,0}(v), a row summed to (True,) without an alloc; debugprint(f, print_type=True) of each compiled function, then values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


x = T.dmatrix('x')
m = T.dmatrix('m')
v = T.dvector('v')
W = theano.shared(np.arange(6.0).reshape(3, 2) / 10 - 0.2, name='W')
z = T.dot(x, W)
data = np.arange(12.0).reshape(4, 3) / 12
weights = np.array([[1.0, -1.0], [0.5, 2.0], [0.0, 1.0], [-2.0, 0.25]])

log_sm = T.log(T.nnet.softmax(z))
scalar_cost = T.sum(log_sm * T.dot(x, W).sum())
f_scalar = theano.function([x], T.grad(scalar_cost, x), name='f_scalar')
theano.printing.debugprint(f_scalar, print_type=True)
show("dx", f_scalar(data))

matrix_cost = T.sum(log_sm * m)
f_matrix = theano.function([x, m], T.grad(matrix_cost, x), name='f_matrix')
theano.printing.debugprint(f_matrix, print_type=True)
show("dx", f_matrix(data, weights))

row_cost = T.sum(log_sm * v)
f_row = theano.function([x, v], T.grad(row_cost, W), name='f_row')
theano.printing.debugprint(f_row, print_type=True)
show("dW", f_row(data, np.array([0.5, -1.5])))
