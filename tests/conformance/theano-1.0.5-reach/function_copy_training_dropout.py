# Covers: Function.copy() of an SGD training function with a dropout mask (softmax regression, T.grad, Gemm updates of a shared weight): copy() and copy(share_memory=True) train the same weights and advance the same mask stream, copy(swap={W: W2}) trains another weight, copy(delete_updates=True) leaves every weight alone (its graph keeps only the cost, so no in-place Gemm writes W) while its draw still advances the stream in place; costs, weights, stream positions, names and the delete_updates copy's debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

rng = np.random.RandomState(0)
srng = RandomStreams(seed=7)
x = T.matrix('x')
y = T.ivector('y')
W = theano.shared(rng.normal(0, 0.1, (4, 3)), name='W')
b = theano.shared(np.zeros(3), name='b')
mask = srng.binomial(size=x.shape, p=0.8, dtype=theano.config.floatX)
p = T.nnet.softmax(T.dot(x * mask, W) + b)
cost = -T.mean(T.log(p)[T.arange(y.shape[0]), y])
gW, gb = T.grad(cost, [W, b])
train = theano.function([x, y], cost, updates=[(W, W - 0.5 * gW), (b, b - 0.5 * gb)],
                        name='train')
rs = mask.owner.inputs[0]
X = rng.normal(size=(5, 4))
Y = np.array([0, 1, 2, 1, 0], dtype='int32')
print('train', train(X, Y))
train2 = train.copy()
print('copy', train2(X, Y))
print(W.get_value())
print('train', train(X, Y))
W2 = theano.shared(np.ones((4, 3)) * 0.1, name='W2')
train3 = train.copy(swap={W: W2}, name='train_w2')
print('swap', train3(X, Y))
print(W.get_value())
print(W2.get_value())
evaluate = train.copy(delete_updates=True)
print('position', rs.get_value().get_state()[2])
print('no updates', evaluate(X, Y), evaluate(X, Y))
print('position', rs.get_value().get_state()[2])
print(W.get_value())
print(b.get_value())
train5 = train.copy(share_memory=True)
print('shared memory', train5(X, Y))
print(W.get_value())
print('train', train(X, Y))
print(train2.name, train3.name, evaluate.name, train5.name)
print(len(evaluate.maker.fgraph.outputs), len(train.maker.fgraph.outputs))
theano.printing.debugprint(evaluate.maker.fgraph.outputs)
