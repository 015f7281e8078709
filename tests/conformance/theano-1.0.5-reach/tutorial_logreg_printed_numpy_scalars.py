# Covers: a minibatch logistic regression by SGD with RandomStreams input noise whose script prints numpy scalars inside Python containers, as Theano 1.0.5's numpy 1.x printed them: a list of per-epoch np.mean losses, a tuple of (np.float64, np.int64) from W.get_value().sum() and an argmax count, list() of an int64 prediction vector, a dict of bool and float32 statistics, np.set_printoptions(precision=4) left in force for arrays.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

np.set_printoptions(precision=4, suppress=True)
rs = np.random.RandomState(7)
srng = RandomStreams(seed=70)
x = T.matrix('x')
y = T.ivector('y')
W = theano.shared(np.zeros((3, 2)), name='W')
b = theano.shared(np.zeros(2), name='b')
noisy = x + srng.normal(size=x.shape, std=0.05)
p_y = T.nnet.softmax(T.dot(noisy, W) + b)
nll = -T.mean(T.log(p_y)[T.arange(y.shape[0]), y])
pred = T.argmax(T.dot(x, W) + b, axis=1)
gW, gb = T.grad(nll, [W, b])
train = theano.function([x, y], nll, updates=[(W, W - 0.5 * gW), (b, b - 0.5 * gb)])
predict = theano.function([x], pred)
X = rs.randn(8, 3)
Y = (X[:, 0] + X[:, 1] > 0).astype('int32')
losses = []
for epoch in range(3):
    batch = [train(X[i:i + 4], Y[i:i + 4]) for i in (0, 4)]
    losses.append(np.mean(batch))
    print(epoch, losses[-1], (W.get_value().sum(), predict(X).sum()))
print(losses)
print(list(predict(X)), list(Y))
stats = {'all_right': np.all(predict(X) == Y), 'err': np.float32(np.mean(predict(X) != Y)),
         'b0': b.get_value()[0]}
print(sorted(stats.items()))
print(W.get_value(), max(losses), min(losses) < losses[0])
