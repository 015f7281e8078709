# Covers: a dropout classifier trained from shared data through givens (a minibatch index into shared X and y), the test-time graph made by theano.clone replacing the dropout mask with its expectation (a scalar refused, a matrix taken), theano.clone with a dict of replacements (the inputs gof.graph.inputs lists), givens substituting a draw by a constant, function.copy(swap=...) onto another parameter set, and the stream positions all of these leave.
from collections import OrderedDict
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(0)
X = theano.shared(rng.randn(8, 3), name='X')
Y = theano.shared(np.array([0, 1, 1, 0, 1, 0, 0, 1]), name='Y')
W = theano.shared(np.zeros((3, 2)), name='W')
b = theano.shared(np.zeros(2), name='b')
srng = RandomStreams(seed=21)
x = T.dmatrix('x')
y = T.lvector('y')
index = T.lscalar('index')
mask = srng.binomial(n=1, p=0.8, size=x.shape, dtype='float64')
p_train = T.nnet.softmax(T.dot(x * mask, W) + b)
cost = -T.mean(T.log(p_train)[T.arange(y.shape[0]), y])
gW, gb = T.grad(cost, [W, b])
batch = 4
train = theano.function([index], cost,
                        updates=OrderedDict([(W, W - 0.5 * gW), (b, b - 0.5 * gb)]),
                        givens={x: X[index * batch:(index + 1) * batch],
                                y: Y[index * batch:(index + 1) * batch]})
for epoch in range(2):
    for i in range(2):
        print('cost', epoch, i, float(train(i)))
show('W', W.get_value())
try:
    theano.clone(p_train, replace={mask: T.constant(0.8)})
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
p_test = theano.clone(p_train, replace={mask: T.ones_like(x) * 0.8})
predict = theano.function([x], T.argmax(p_test, axis=1))
show('predict', predict(X.get_value()))
p_double = theano.clone(p_train, replace={x: x * 2})
print([str(v) for v in theano.gof.graph.inputs([p_double])])
fixed = theano.function([x], p_train, givens={mask: T.ones_like(x)})
show('fixed', fixed(X.get_value()[:2]))
W2 = theano.shared(np.ones((3, 2)), name='W2')
score = theano.function([x], T.dot(x, W).sum())
score2 = score.copy(swap={W: W2})
print(float(score(X.get_value())), float(score2(X.get_value())[0]))
print(srng.state_updates[0][0].get_value().get_state()[2])
