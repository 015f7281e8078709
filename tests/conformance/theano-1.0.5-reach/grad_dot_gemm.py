# Covers: gradients of dot products: matrix-matrix (Dot22 in the gradient), matrix-vector and vector-vector, dot(x, W) + b (Gemm-style forms), and a two-layer chain; values and the compiled debugprint of the dot(x, W) + b gradient.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
W = theano.shared(np.array([[0.5, -1.0], [2.0, 0.25], [-0.5, 1.5]]), name='W')
b = theano.shared(np.array([0.1, -0.1]), name='b')
v = T.dvector('v')
xv = np.array([[1.0, 2.0, -1.0], [0.0, 0.5, 1.0]])
out = T.dot(x, W) + b
cost = T.sum(out ** 2)
gW, gb, gx = T.grad(cost, [W, b, x])
f = theano.function([x], [gW, gb, gx], name='g_affine')
for name, val in zip(["gW", "gb", "gx"], f(xv)):
    show(name, val)
cmv = T.sum(T.dot(W, v) * 3)
show("g_mv_v", theano.function([v], T.grad(cmv, v))(np.array([1.0, -2.0])))
show("g_mv_W", theano.function([v], T.grad(cmv, W))(np.array([1.0, -2.0])))
cvv = T.dot(v, v) * T.dot(v, T.constant(np.array([1.0, 2.0])))
show("g_vv", theano.function([v], T.grad(cvv, v))(np.array([0.5, -1.5])))
V = theano.shared(np.array([[1.0], [-2.0]]), name='V')
chain = T.sum(T.tanh(T.dot(T.tanh(out), V)))
show("g_chain_W", theano.function([x], T.grad(chain, W))(xv))
theano.printing.debugprint(f)
