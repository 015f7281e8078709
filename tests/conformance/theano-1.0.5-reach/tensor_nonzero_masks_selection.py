# Covers: selecting with masks as evaluation and sampling code does: T.nonzero of a comparison (a tuple of index vectors) used to index a matrix, return_matrix=True, T.flatnonzero and T.nonzero_values, x.nonzero() on a vector, picking the misclassified examples of a softmax classifier with X[T.nonzero(T.neq(pred, y))], a mean over the selected rows, the gradient through the selection, and an empty selection.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


m = T.dmatrix('m')
v = T.dvector('v')
mv = np.array([[0.0, 1.5, -2.0], [3.0, 0.0, 0.5]])
vv = np.array([0.0, -1.0, 2.0, 0.0, 4.0])
rows, cols = T.nonzero(m > 0.4)
f = theano.function([m, v], [rows, cols, m[T.nonzero(m > 0.4)], T.nonzero(m, return_matrix=True),
                             T.flatnonzero(m), T.nonzero_values(m), v.nonzero()[0], v[v.nonzero()]])
for r in f(mv, vv):
    show("nz", r)
X = T.dmatrix('X')
y = T.lvector('y')
W = theano.shared(np.array([[0.5, -0.5], [-0.3, 0.8]]), name='W')
p = T.nnet.softmax(T.dot(X, W))
pred = T.argmax(p, axis=1)
wrong = T.nonzero(T.neq(pred, y))
hard = X[wrong]
cost = T.mean(T.sum(hard ** 2, axis=1)) + T.sum(W ** 2)
g = theano.function([X, y], [pred, wrong[0], hard, cost, T.grad(T.sum(p[wrong]), W)])
Xv = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [-1.0, 0.5]])
for r in g(Xv, np.array([0, 0, 1, 1])):
    show("hard", r)
empty = theano.function([v], [T.flatnonzero(v > 10), T.nonzero_values(v * (v > 10))])
for r in empty(vv):
    show("empty", r)
