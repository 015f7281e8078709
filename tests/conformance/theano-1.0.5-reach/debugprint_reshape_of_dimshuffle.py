# Covers: reshapes of dimshuffled tensors as code writes them to add or drop a broadcastable axis: x.dimshuffle(0, 'x', 1).reshape(x's shape) (Theano's canonicalize drops the DimShuffle inside the Reshape, then the useless Reshape), v.dimshuffle('x', 0).reshape((n,)) * 2, a zero row broadcast against a vector, and a column slice m[:, 1:2] reshaped to a vector; debugprints and values.
import numpy as np
import theano
import theano.tensor as T
x = T.dmatrix('x')
v = T.dvector('v')
f = theano.function([x, v], [x.dimshuffle(0, 'x', 1).reshape((x.shape[0], x.shape[1])), v.dimshuffle('x', 0).reshape((v.shape[0],)) * 2, T.zeros((3,)).dimshuffle('x', 0) + v])
theano.printing.debugprint(f)
print([a.tolist() for a in f(np.ones((2, 3)), np.arange(3.0))])
m = T.dmatrix('m')
s = m[:, 1:2].reshape((m.shape[0],))
g = theano.function([m], s * 2)
theano.printing.debugprint(g)
print(g(np.arange(6.0).reshape(2, 3)).tolist())
