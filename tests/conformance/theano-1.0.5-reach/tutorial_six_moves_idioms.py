# Covers: the deep-learning tutorials' six idioms (import six.moves.cPickle as pickle, from six.moves import xrange, six.moves.reduce, six.iteritems over a dict of parameters, six.PY3): an SGD loop of a dropout logistic regression over xrange minibatches, its best parameters saved with pickle.dump to a bytes buffer and loaded back into a predict function, and the stream state pickled with them.
from __future__ import print_function

import io

import numpy as np
import six
import six.moves.cPickle as pickle
from six.moves import xrange, reduce
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(1234)
data_x = theano.shared(rng.uniform(-1, 1, (8, 3)), borrow=True)
data_y = theano.shared(np.asarray(rng.randint(0, 2, 8), dtype='float64'), borrow=True)
labels = T.cast(data_y, 'int32')
params = {'W': theano.shared(np.zeros((3, 2)), name='W'), 'b': theano.shared(np.zeros(2), name='b')}
srng = RandomStreams(seed=7)
index = T.lscalar('index')
x = T.matrix('x')
y = T.ivector('y')
mask = srng.binomial(size=(3,), p=0.8, dtype='float64')
p_y = T.nnet.softmax(T.dot(x * mask, params['W']) + params['b'])
cost = -T.mean(T.log(p_y)[T.arange(y.shape[0]), y])
names = sorted(params)
grads = T.grad(cost, [params[n] for n in names])
batch = 4
train = theano.function([index], cost,
                        updates=[(params[n], params[n] - 0.5 * g) for n, g in zip(names, grads)],
                        givens={x: data_x[index * batch:(index + 1) * batch],
                                y: labels[index * batch:(index + 1) * batch]})
print('PY3', six.PY3, 'integer_types', [t.__name__ for t in six.integer_types])
for epoch in xrange(3):
    costs = [float(train(i)) for i in xrange(2)]
    print('epoch', epoch, 'costs', costs, 'sum', reduce(lambda a, b: a + b, costs))
buf = io.BytesIO()
pickle.dump({k: v.get_value() for k, v in six.iteritems(params)}, buf, protocol=pickle.HIGHEST_PROTOCOL)
pickle.dump(srng, buf)
buf.seek(0)
best = pickle.load(buf)
srng2 = pickle.load(buf)
for name, value in sorted(six.iteritems(best)):
    show(name, value.round(12))
predict = theano.function([x], T.argmax(T.nnet.softmax(T.dot(x, best['W']) + best['b']), axis=1))
show('pred', predict(data_x.get_value()))
draw = theano.function([], srng2.uniform((2,)))
show('after load', draw())
show('original', theano.function([], srng.uniform((2,)))())
