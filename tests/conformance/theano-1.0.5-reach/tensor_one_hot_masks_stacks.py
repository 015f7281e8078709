# Covers: helpers seen in sequence and classification code: T.extra_ops.to_one_hot of int labels as squared-error targets trained by SGD, a causal mask from T.tril(T.ones_like(scores)) applied with T.switch before T.nnet.softmax (masked attention weights), T.triu and T.tri, T.horizontal_stack / T.vertical_stack of matrices, T.stacklists of nested lists of scalars, T.arcsinh / T.arctanh / T.arccosh values and gradients, and T.set_subtensor on an advanced index pair (x[rows, cols] = 0) with its gradient.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


X = T.dmatrix('X')
y = T.lvector('y')
W = theano.shared(np.array([[0.2, -0.1, 0.0], [0.3, 0.4, -0.2]]), name='W')
target = T.extra_ops.to_one_hot(y, 3)
out = T.nnet.sigmoid(T.dot(X, W))
cost = T.mean(T.sum((out - target) ** 2, axis=1))
train = theano.function([X, y], [cost, target], updates=[(W, W - 0.5 * T.grad(cost, W))])
Xv = np.array([[1.0, 0.5], [-0.5, 1.5], [0.3, -1.0]])
yv = np.array([2, 0, 1])
for step in range(3):
    c, t = train(Xv, yv)
    print("step", step, float(c))
show("onehot", t)
show("W", W.get_value())
Q = T.dmatrix('Q')
scores = T.dot(Q, Q.T)
mask = T.tril(T.ones_like(scores))
att = T.nnet.softmax(T.switch(mask > 0, scores, -1e9))
fa = theano.function([Q], [mask, att, T.triu(scores, 1), T.tri(3, 4, 1)])
for v in fa(np.array([[1.0, 0.0], [0.5, 0.5], [0.0, 2.0]])):
    show("att", v)
A = T.dmatrix('A')
B = T.dmatrix('B')
a, b = T.dscalars('a', 'b')
fs = theano.function([A, B, a, b], [T.horizontal_stack(A, B), T.vertical_stack(A, B, A), T.stacklists([[a, b], [b, a]])])
for v in fs(np.ones((2, 2)), np.zeros((2, 2)), 1.5, -2.0):
    show("stack", v)
v = T.dvector('v')
vv = np.array([0.1, 0.5, 0.9])
for name, fn in [("arcsinh", T.arcsinh), ("arctanh", T.arctanh), ("arccosh", lambda z: T.arccosh(z + 1.5))]:
    show(name, theano.function([v], fn(v))(vv))
    show("  grad", theano.function([v], T.grad(T.sum(fn(v)), v))(vv))
M = T.dmatrix('M')
rows = T.lvector('rows')
cols = T.lvector('cols')
zeroed = T.set_subtensor(M[rows, cols], 0)
fz = theano.function([M, rows, cols], [zeroed, T.grad(T.sum(zeroed * 2), M)])
for r in fz(np.arange(1.0, 7.0).reshape(2, 3), np.array([0, 1]), np.array([2, 0])):
    show("zeroed", r)
