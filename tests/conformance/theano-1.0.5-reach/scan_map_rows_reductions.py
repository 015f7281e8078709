# Covers: theano.map and theano.scan over the rows of a matrix as users write them: the L2 norm of each row (T.sqrt(T.sum(r ** 2))), T.argmax of each row, a row-wise softmax via T.nnet.softmax of a row, map over two sequences with a lambda, theano.reduce for a running max with T.maximum, sequences given as a list of one, and gradients of the summed row norms w.r.t. the matrix; values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


M = T.dmatrix('M')
N = T.dmatrix('N')
norms, _ = theano.map(lambda r: T.sqrt(T.sum(r ** 2)), sequences=[M])
argmaxes, _ = theano.map(lambda r: T.argmax(r), sequences=M)
soft, _ = theano.scan(lambda r: T.nnet.softmax(r)[0], sequences=M)
dots, _ = theano.map(lambda r, s: T.dot(r, s), sequences=[M, N])
running, _ = theano.reduce(lambda r, acc: T.maximum(acc, T.max(r)), sequences=M,
                           outputs_info=T.constant(np.float64(-np.inf)))
g = T.grad(T.sum(norms), M)
f = theano.function([M, N], [norms, argmaxes, soft, dots, running, g], name='rows')
Mv = np.array([[3.0, 4.0, 0.0], [1.0, -2.0, 2.0], [0.5, 0.5, -0.5]])
Nv = np.array([[1.0, 0.0, 1.0], [2.0, 2.0, 2.0], [-1.0, 1.0, 0.0]])
for name, v in zip(["norms", "argmax", "softmax", "dots", "running_max", "grad"], f(Mv, Nv)):
    show(name, v)
