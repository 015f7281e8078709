# Covers: inc_subtensor / set_subtensor of the parts Theano's inc_subtensor takes apart: a dimshuffled part (W[v].T, W[1:].T: the increment made in W's order and the result dimshuffled back), W[:, v], and a part indexed by an integer matrix (W[m]: the flattened index then a reshape, the increment spread to W[m]'s shape with an Alloc and flattened to the rows); the uncompiled debugprints, values, and the compiled gradient of a sum of squares through inc_subtensor(W[m], z.dimshuffle(0, 'x', 1)) wrt W and z.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


W = T.matrix('W')
v = T.ivector('v')
m = T.imatrix('m')
y = T.matrix('y')
r = T.vector('r')
z = T.matrix('z')
outs = [T.inc_subtensor(W[v].T, y), T.set_subtensor(W[1:].T, 5.0), T.inc_subtensor(W[:, v], y),
        T.inc_subtensor(W[v].T, r.dimshuffle(0, 'x')), T.inc_subtensor(W[m], 1.0),
        T.set_subtensor(W[m], z.dimshuffle(0, 'x', 1))]
for o in outs:
    theano.printing.debugprint(o)
f = theano.function([W, v, m, y, r, z], outs, on_unused_input='ignore')
for k, a in enumerate(f(np.arange(9.).reshape(3, 3), np.array([2, 0], 'int32'), np.array([[0, 1], [1, 1]], 'int32'),
                        np.ones((3, 2)) * 10, np.array([7., 8., 9.]), np.array([[1., 2., 3.], [4., 5., 6.]]))):
    show('out%d' % k, a)
g = T.grad(T.sum(T.inc_subtensor(W[m], z.dimshuffle(0, 'x', 1)) ** 2), [W, z])
fg = theano.function([W, m, z], g)
for k, a in enumerate(fg(np.arange(9.).reshape(3, 3), np.array([[0, 1], [1, 1]], 'int32'), np.ones((2, 3)))):
    show('grad%d' % k, a)
theano.printing.debugprint(fg)
