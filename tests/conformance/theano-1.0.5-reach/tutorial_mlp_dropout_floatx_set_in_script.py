# Covers: an MLP with dropout trained in float32 by a script that sets theano.config.floatX = 'float32' after importing theano (as GPU-era scripts did): T.matrix and the shared weights follow floatX, Python floats (the 0.5 dropout scale, the 0.1 learning rate, 0.001 * l2) become float32 constants, a binomial mask of dtype floatX, minibatches through givens over an lscalar index, softmax NLL with L2, a test function's error rate; cost and error dtypes, costs per epoch, weights and the test function's debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

theano.config.floatX = 'float32'
floatX = theano.config.floatX

rng = np.random.RandomState(1234)
srng = RandomStreams(rng.randint(2 ** 30))
data_x = rng.rand(20, 6).astype(floatX)
data_y = (data_x.sum(axis=1) > 3).astype('int32')
train_x = theano.shared(data_x, borrow=True)
train_y = theano.shared(data_y, borrow=True)

index = T.lscalar('index')
x = T.matrix('x')
y = T.ivector('y')
W1 = theano.shared(np.asarray(rng.uniform(-0.5, 0.5, (6, 5)), dtype=floatX), name='W1')
b1 = theano.shared(np.zeros(5, dtype=floatX), name='b1')
W2 = theano.shared(np.zeros((5, 2), dtype=floatX), name='W2')
b2 = theano.shared(np.zeros(2, dtype=floatX), name='b2')
h = T.tanh(T.dot(x, W1) + b1)
mask = srng.binomial(n=1, p=0.5, size=h.shape, dtype=floatX)
h_drop = h * mask / 0.5
p_y = T.nnet.softmax(T.dot(h_drop, W2) + b2)
p_test = T.nnet.softmax(T.dot(h, W2) + b2)
nll = -T.mean(T.log(p_y)[T.arange(y.shape[0]), y])
l2 = (W1 ** 2).sum() + (W2 ** 2).sum()
cost = nll + 0.001 * l2
params = [W1, b1, W2, b2]
grads = T.grad(cost, params)
lr = 0.1
updates = [(p, p - lr * g) for p, g in zip(params, grads)]
bs = 5
train = theano.function([index], cost, updates=updates,
                        givens={x: train_x[index * bs:(index + 1) * bs],
                                y: train_y[index * bs:(index + 1) * bs]})
errors = T.mean(T.neq(T.argmax(p_test, axis=1), y))
test = theano.function([index], errors,
                       givens={x: train_x[index * bs:(index + 1) * bs],
                               y: train_y[index * bs:(index + 1) * bs]})
print(cost.dtype, errors.dtype, nll.dtype, l2.dtype, mask.dtype, h_drop.dtype)
for epoch in range(3):
    costs = [train(i) for i in range(4)]
    print(epoch, np.mean(costs), costs[0].dtype, [float(test(i)) for i in range(4)])
print(W2.get_value())
print(W1.get_value().dtype, b2.get_value())
theano.printing.debugprint(test)
