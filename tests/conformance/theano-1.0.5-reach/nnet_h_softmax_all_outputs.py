# Covers: T.nnet.h_softmax without a target (every output): the graph as built (a softmax of the classes, tensordot(x, W2, (1, 1)) through DimShuffles, reshapes by products of shape entries and a Join of the kept lengths, the classes' probabilities times each class's softmax, the first n_outputs columns) and compiled, values summing to 1 per row, an NLL cost and its gradients with respect to W1 and W2; T.tensordot with an int and with list axes (graph as built, values) and its axes errors.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.nnet import h_softmax

rng = np.random.RandomState(0)
batch_size, n_outputs, dim_x = 3, 7, 4
n_classes = n_outputs_per_class = 3
W1 = theano.shared(rng.normal(0, 0.5, (dim_x, n_classes)), name='W1')
b1 = theano.shared(np.zeros(n_classes), name='b1')
W2 = theano.shared(rng.normal(0, 0.5, (n_classes, dim_x, n_outputs_per_class)), name='W2')
b2 = theano.shared(np.zeros((n_classes, n_outputs_per_class)), name='b2')
x = T.dmatrix('x')
out = h_softmax(x, batch_size, n_outputs, n_classes, n_outputs_per_class, W1, b1, W2, b2)
theano.printing.debugprint(out)
f = theano.function([x], out)
theano.printing.debugprint(f)
v = f(rng.normal(size=(batch_size, dim_x)))
print(v.shape, v.round(8).tolist(), v.sum(axis=1).round(8).tolist())
y = T.ivector('y')
cost = -T.mean(T.log(out)[T.arange(batch_size), y])
g = T.grad(cost, [W1, W2])
fg = theano.function([x, y], [cost] + g)
res = fg(rng.normal(size=(batch_size, dim_x)), np.array([0, 3, 6], dtype='int32'))
print([np.round(r, 8).tolist() for r in res])
A = T.dtensor3('A')
B = T.dmatrix('B')
td = T.tensordot(A, B, axes=1)
theano.printing.debugprint(td)
td2 = T.tensordot(A, B, axes=[[2], [0]])
ft = theano.function([A, B], [td, td2])
va, vb = np.arange(12.0).reshape(2, 3, 2), np.arange(6.0).reshape(2, 3)
print([r.tolist() for r in ft(va, vb)])


def report(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, str(e))


report('three axes', lambda: T.tensordot(A, B, axes=[[0], [1], [2]]))
report('lengths', lambda: T.tensordot(A, B, axes=[[0, 1], [1]]))
report('too many', lambda: T.tensordot(A, B, axes=[[0, 1, 2], [0, 1, 0]]))
report('too large', lambda: T.tensordot(A, B, axes=[[3], [0]]))
report('int too large', lambda: T.tensordot(A, B, axes=3))
