# Covers: a logistic-regression training function as minibatch code writes it: data in borrow=True shared variables read through givens slices data_x[index * bs:(index + 1) * bs], Gaussian input noise from srng.normal(x.shape, std=0.1), an L2 term, classical momentum with velocities in an OrderedDict (velocity first, then parameter), losses over 3 epochs, a no_default_updates prediction count over the whole data through givens, and the compiled training function's debugprint (Gemv allocated from the slice bounds as written).
import numpy as np
import theano
import theano.tensor as T
from collections import OrderedDict
from theano.tensor.shared_randomstreams import RandomStreams
rng = np.random.RandomState(3)
srng = RandomStreams(seed=99)
data_x = theano.shared(rng.randn(30, 4), name='data_x', borrow=True)
data_y = theano.shared(rng.randint(0, 2, 30).astype('int32'), name='data_y', borrow=True)
index = T.lscalar('index')
x = T.matrix('x'); y = T.ivector('y')
w = theano.shared(np.zeros(4), name='w'); b = theano.shared(0., name='b')
noise = srng.normal(x.shape, std=0.1)
p1 = T.nnet.sigmoid(T.dot(x + noise, w) + b)
xent = -y * T.log(p1) - (1 - y) * T.log(1 - p1)
cost = xent.mean() + 0.01 * (w ** 2).sum()
gw, gb = T.grad(cost, [w, b])
vel = [theano.shared(np.zeros(4), name='vw'), theano.shared(0., name='vb')]
upd = OrderedDict()
for p, g, v in zip([w, b], [gw, gb], vel):
    upd[v] = 0.9 * v - 0.1 * g
    upd[p] = p + upd[v]
bs = 10
train = theano.function([index], cost, updates=upd,
                        givens={x: data_x[index * bs:(index + 1) * bs], y: data_y[index * bs:(index + 1) * bs]})
for epoch in range(3):
    print([round(float(train(i)), 10) for i in range(3)])
print(w.get_value(), b.get_value())
pred = theano.function([], (p1 > 0.5).sum(), givens={x: data_x}, no_default_updates=True)
print(pred(), pred())
theano.printing.debugprint(train)
