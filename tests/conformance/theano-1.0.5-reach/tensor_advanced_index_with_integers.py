# Covers: advanced indexing that mixes integer arrays with integers, as model code picks one column or row: W[v, 0], W[v, k] (an iscalar), W[1, v], W[m, 2] (an integer matrix), each one AdvancedSubtensor whose Python int is TensorFromScalar(Constant{k}); their types and uncompiled debugprints, a training step with a noise draw of the picked length and T.grad through all four (AdvancedIncSubtensor), values and the compiled debugprint, and p[T.arange(n), 0] of a softmax with the gradient of its log.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 8).tolist())


rng = np.random.RandomState(2)
srng = RandomStreams(2)
W = theano.shared(rng.normal(size=(4, 3)), name='W')
v = T.ivector('v')
k = T.iscalar('k')
m = T.imatrix('m')
x = T.matrix('x')
picked = W[v, 0]
col = W[v, k]
row = W[1, v]
grid = W[m, 2]
print(picked.type, col.type, row.type, grid.type)
theano.printing.debugprint([picked, col, row])
noise = srng.normal(size=picked.shape, std=0.1)
cost = T.sum((picked + noise) ** 2) + T.sum(col * row) + T.sum(grid)
gW = T.grad(cost, W)
train = theano.function([v, k, m], cost, updates=[(W, W - 0.1 * gW)])
V = np.array([2, 0, 2], dtype='int32')
M = np.array([[0, 1], [2, 2]], dtype='int32')
for i in range(2):
    print(i, round(float(train(V, 1, M)), 8))
show('W', W.get_value())
f = theano.function([v, k, m], [picked, col, row, grid, gW])
for name, val in zip(['picked', 'col', 'row', 'grid', 'gW'], f(V, 2, M)):
    show(name, val)
theano.printing.debugprint(train)
p = T.nnet.softmax(x)
first = p[T.arange(x.shape[0]), 0]
g = theano.function([x], [first, T.grad(T.sum(T.log(first)), x)])
for val in g(np.array([[1., 2.], [0.5, -1.]])):
    show('g', val)
theano.printing.debugprint(g)
