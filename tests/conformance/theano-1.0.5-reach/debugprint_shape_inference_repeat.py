# Covers: T.repeat as Theano builds it and the shapes its ShapeFeature reads: a vector of counts makes a RepeatOp whose length is Sum of the counts (RepeatOp.infer_shape; along an axis and flattened), a scalar or length-1 count makes alloc(x.dimshuffle(.., 'x', ..)).reshape (the reshape's Switch(EQ(.., -1), ..) sizes), with symbolic and constant counts, axis None and given; as x.shape, as Alloc sizes (T.zeros_like(y) + 1, y * T.ones_like(y)) and through T.grad; compiled debugprints and values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
v = T.dvector('v')
r = T.lvector('r')
k = T.lscalar('k')
X = np.arange(6.0).reshape(2, 3)
V = np.array([1.0, -2.0, 0.5])

theano.printing.debugprint([T.repeat(v, r), T.repeat(x, k, axis=1), T.repeat(v, np.array([2]))])

counts = theano.function([v, x, r], [T.repeat(v, r).shape, T.repeat(x, r, axis=1).shape,
                                     T.zeros_like(T.repeat(v, r)) + 1,
                                     T.repeat(x, r, axis=-1) * 2], name='counts')
theano.printing.debugprint(counts)
for out in counts(V, X, np.array([2, 0, 1])):
    show('counts', out)

single = theano.function([x, k], [T.repeat(x, k, axis=0).shape, T.repeat(x, k).shape,
                                  T.repeat(x, 3, axis=1).shape,
                                  T.repeat(x, k, axis=1) * T.ones_like(T.repeat(x, k, axis=1))],
                         name='single')
theano.printing.debugprint(single)
for out in single(X, 2):
    show('single', out)

const = theano.function([v], [T.repeat(v, np.array([1, 2, 0])).shape, T.repeat(v, np.array([2])),
                              T.zeros_like(T.repeat(T.constant(X), 2, axis=0)) + 1], name='const')
theano.printing.debugprint(const)
for out in const(V):
    show('const', out)

cost = (T.repeat(x, k, axis=1) ** 2).sum() + (T.repeat(v, 2) * T.arange(6)).sum()
grads = theano.function([x, v, k], T.grad(cost, [x, v]), name='grads')
theano.printing.debugprint(grads)
for out in grads(X, V, 2):
    show('grads', out)
