# Covers: a softmax classifier trained with T.nnet.categorical_crossentropy against one-hot targets (a T.matrix built by T.eq(T.arange(k).dimshuffle('x', 0), y.dimshuffle(0, 'x')) cast to floatX), the mean cost plus an L2 term, T.grad of W and b, SGD over 3 steps, and accuracy through T.argmax and T.eq; costs, parameters and the one-hot matrix.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


floatX = theano.config.floatX
rng = np.random.RandomState(8)
x = T.matrix('x')
y = T.ivector('y')
W = theano.shared(np.asarray(rng.randn(4, 3) * 0.1, dtype=floatX), name='W')
b = theano.shared(np.zeros(3, dtype=floatX), name='b')
onehot = T.cast(T.eq(T.arange(3).dimshuffle('x', 0), y.dimshuffle(0, 'x')), floatX)
p = T.nnet.softmax(T.dot(x, W) + b)
cost = T.nnet.categorical_crossentropy(p, onehot).mean() + 0.01 * (W ** 2).sum()
acc = T.mean(T.eq(T.argmax(p, axis=1), y))
gW, gb = T.grad(cost, [W, b])
train = theano.function([x, y], [cost, acc], updates=[(W, W - 0.3 * gW), (b, b - 0.3 * gb)], name='train')
show("onehot", theano.function([y], onehot, name='onehot')(np.array([2, 0, 1, 1], dtype='int32')))
xv = np.asarray(rng.randn(5, 4), dtype=floatX)
yv = np.array([0, 1, 2, 1, 0], dtype='int32')
for step in range(3):
    c, a = train(xv, yv)
    print("step", step, "cost", float(c), "acc", float(a))
show("W", W.get_value())
show("b", b.get_value())
