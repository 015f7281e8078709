# Covers: theano.tensor.extra_ops as scripts use it around labels and sampled categories: to_one_hot feeding categorical_crossentropy, diff, bincount (minlength, weights, assert_nonneg), compress (flattened and along an axis), Unique (return_index/inverse/counts, axis) of labels, of a matrix and of RandomStreams.random_integers draws; compiled debugprints and values.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.extra_ops import to_one_hot, bincount, diff, squeeze, compress, Unique
from theano.tensor.shared_randomstreams import RandomStreams
srng = RandomStreams(seed=2)
y = T.ivector('y')
oh = to_one_hot(y, 4)
x = T.matrix('x')
f = theano.function([y, x], [oh, T.nnet.categorical_crossentropy(T.nnet.softmax(x), oh).mean(), diff(x.sum(1)), bincount(y, minlength=5)])
theano.printing.debugprint(f)
print(f(np.array([0, 3, 1], dtype='int32'), np.arange(12.).reshape(3, 4) / 10))
k = srng.random_integers((5,), 0, 3)
g = theano.function([], [k, to_one_hot(k, 4, dtype='int8'), T.extra_ops.Unique()(k)])
print(g())
w = T.vector('w')
u = Unique(True, True, True)(y)
h = theano.function([y, w, x], [bincount(y, weights=w), bincount(y, assert_nonneg=True), compress(y > 0, w), compress(y > 0, x, axis=0), compress(y, x)] + list(u) + [Unique()(x), Unique(axis=1)(x)])
theano.printing.debugprint(h)
print(h(np.array([0, 3, 1, 1], dtype='int32'), np.arange(4.) / 2, np.arange(16.).reshape(4, 4) % 3))
theano.printing.debugprint(u)
