# Covers: minibatch SGD over a shared order vector reshuffled each epoch by srng.permutation(n=6) (a function with no outputs and only updates), minibatches picked through givens as data_x[order[i * 2:(i + 1) * 2]], softmax regression with categorical_crossentropy and gradients clipped by T.clip; srng.choice(size=(2,), a=6, replace=False) draws; orders, costs, weights and the training function's debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

rng = np.random.RandomState(9)
srng = RandomStreams(seed=5)
data_x = theano.shared(rng.randn(6, 3), name='data_x', borrow=True)
data_y = theano.shared(np.array([0, 1, 0, 1, 1, 0], dtype='int64'), name='data_y', borrow=True)
perm = srng.permutation(n=6)
order = theano.shared(np.arange(6), name='order')
shuffle = theano.function([], [], updates=[(order, perm)])
pick = srng.choice(size=(2,), a=6, replace=False)
sampler = theano.function([], pick)
i = T.lscalar('i')
w = theano.shared(np.zeros((3, 2)), name='w')
b = theano.shared(np.zeros(2), name='b')
x = T.dmatrix('x')
y = T.lvector('y')
p = T.nnet.softmax(T.dot(x, w) + b)
cost = T.nnet.categorical_crossentropy(p, y).mean()
gw, gb = T.grad(cost, [w, b])
idx = order[i * 2:(i + 1) * 2]
train = theano.function([i], cost, updates=[(w, w - 0.3 * T.clip(gw, -0.2, 0.2)), (b, b - 0.3 * gb)],
                        givens={x: data_x[idx], y: data_y[idx]})
for epoch in range(2):
    shuffle()
    print('order', order.get_value().tolist())
    print([repr(float(train(k))) for k in range(3)])
print(sampler().tolist(), sampler().tolist())
print(w.get_value().round(12).tolist())
theano.printing.debugprint(train)
