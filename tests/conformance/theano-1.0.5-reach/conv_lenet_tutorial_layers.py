# Covers: the Deep Learning Tutorials' convolutional_mlp.py at toy size: LeNetConvPoolLayer (conv2d with filter_shape and input_shape, pool.pool_2d(ws=poolsize, ignore_border=True), tanh of the pooled maps plus b.dimshuffle('x', 0, 'x', 'x')) twice on a 2x1x10x10 minibatch, flatten(2), a tanh HiddenLayer whose output is masked by srng.binomial dropout, LogisticRegression with negative_log_likelihood and errors, SGD updates from T.grad over every layer's params, and the minibatch given by index from shared datasets (givens); debugprint of the compiled train and test models (the ConvOps carry the shapes and the C unrolling Theano picks), then what calling them does under the recording recipe (ConvOp's MethodNotDefined; the parameters stay as they were).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.nnet import conv2d
from theano.tensor.signal import pool
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


def attempt(label, fn):
    try:
        show(label, fn())
    except Exception as e:
        print(label, type(e).__name__, str(e).split('\n')[0])


class LeNetConvPoolLayer(object):
    def __init__(self, rng, input, filter_shape, image_shape, poolsize=(2, 2)):
        assert image_shape[1] == filter_shape[1]
        fan_in = np.prod(filter_shape[1:])
        fan_out = filter_shape[0] * np.prod(filter_shape[2:]) // np.prod(poolsize)
        W_bound = np.sqrt(6. / (fan_in + fan_out))
        self.W = theano.shared(np.asarray(rng.uniform(low=-W_bound, high=W_bound, size=filter_shape),
                                          dtype=theano.config.floatX), borrow=True, name='W_conv')
        self.b = theano.shared(np.zeros((filter_shape[0],), dtype=theano.config.floatX), borrow=True,
                               name='b_conv')
        conv_out = conv2d(input=input, filters=self.W, filter_shape=filter_shape, input_shape=image_shape)
        pooled_out = pool.pool_2d(input=conv_out, ws=poolsize, ignore_border=True)
        self.output = T.tanh(pooled_out + self.b.dimshuffle('x', 0, 'x', 'x'))
        self.params = [self.W, self.b]


class HiddenLayer(object):
    def __init__(self, rng, input, n_in, n_out):
        self.W = theano.shared(rng.uniform(-0.5, 0.5, (n_in, n_out)), name='W_hid', borrow=True)
        self.b = theano.shared(np.zeros(n_out), name='b_hid', borrow=True)
        self.output = T.tanh(T.dot(input, self.W) + self.b)
        self.params = [self.W, self.b]


class LogisticRegression(object):
    def __init__(self, input, n_in, n_out):
        self.W = theano.shared(np.zeros((n_in, n_out)), name='W_log', borrow=True)
        self.b = theano.shared(np.zeros(n_out), name='b_log', borrow=True)
        self.p_y_given_x = T.nnet.softmax(T.dot(input, self.W) + self.b)
        self.y_pred = T.argmax(self.p_y_given_x, axis=1)
        self.params = [self.W, self.b]

    def negative_log_likelihood(self, y):
        return -T.mean(T.log(self.p_y_given_x)[T.arange(y.shape[0]), y])

    def errors(self, y):
        return T.mean(T.neq(self.y_pred, y))


rng = np.random.RandomState(23455)
srng = RandomStreams(seed=1234)
batch_size = 2
data_x = theano.shared(rng.randn(4, 100), name='data_x', borrow=True)
data_y = T.cast(theano.shared(np.array([0., 1., 2., 1.]), name='data_y', borrow=True), 'int32')
index = T.lscalar('index')
x = T.matrix('x')
y = T.ivector('y')
layer0_input = x.reshape((batch_size, 1, 10, 10))
layer0 = LeNetConvPoolLayer(rng, input=layer0_input, image_shape=(batch_size, 1, 10, 10),
                            filter_shape=(3, 1, 3, 3), poolsize=(2, 2))
layer1 = LeNetConvPoolLayer(rng, input=layer0.output, image_shape=(batch_size, 3, 4, 4),
                            filter_shape=(2, 3, 3, 3), poolsize=(2, 2))
layer2_input = layer1.output.flatten(2)
layer2 = HiddenLayer(rng, input=layer2_input, n_in=2 * 1 * 1, n_out=4)
dropped = layer2.output * srng.binomial(size=layer2.output.shape, p=0.5, dtype=theano.config.floatX)
layer3 = LogisticRegression(input=dropped, n_in=4, n_out=3)
cost = layer3.negative_log_likelihood(y)
params = layer3.params + layer2.params + layer1.params + layer0.params
grads = T.grad(cost, params)
updates = [(param_i, param_i - 0.1 * grad_i) for param_i, grad_i in zip(params, grads)]
train_model = theano.function([index], cost, updates=updates,
                              givens={x: data_x[index * batch_size: (index + 1) * batch_size],
                                      y: data_y[index * batch_size: (index + 1) * batch_size]})
test_model = theano.function([index], layer3.errors(y),
                             givens={x: data_x[index * batch_size: (index + 1) * batch_size],
                                     y: data_y[index * batch_size: (index + 1) * batch_size]})
theano.printing.debugprint(train_model)
theano.printing.debugprint(test_model)
for minibatch_index in range(2):
    attempt('cost%d' % minibatch_index, lambda: train_model(minibatch_index))
attempt('test', lambda: test_model(1))
for p in params:
    show(p.name, p.get_value())
