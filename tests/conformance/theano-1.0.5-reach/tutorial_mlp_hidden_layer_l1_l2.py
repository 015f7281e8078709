# Covers: the tutorial's MLP reduced: a HiddenLayer class (W drawn by numpy_rng.uniform with the sqrt(6 / (n_in + n_out)) bound, times 4 for sigmoid, floatX arrays, borrow=True), tanh and sigmoid activations, a LogisticRegression layer on top, L1 and L2_sqr regularisation added to the NLL cost, gparams by T.grad(cost, param) for each param, updates as a list of pairs, minibatches through givens and an index; costs, test errors and parameters.
import numpy
import theano
import theano.tensor as T


def show(name, v):
    v = numpy.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


class HiddenLayer(object):
    def __init__(self, rng, input, n_in, n_out, W=None, b=None, activation=T.tanh):
        self.input = input
        if W is None:
            W_values = numpy.asarray(
                rng.uniform(low=-numpy.sqrt(6. / (n_in + n_out)),
                            high=numpy.sqrt(6. / (n_in + n_out)),
                            size=(n_in, n_out)),
                dtype=theano.config.floatX)
            if activation == theano.tensor.nnet.sigmoid:
                W_values *= 4
            W = theano.shared(value=W_values, name='W', borrow=True)
        if b is None:
            b_values = numpy.zeros((n_out,), dtype=theano.config.floatX)
            b = theano.shared(value=b_values, name='b', borrow=True)
        self.W = W
        self.b = b
        lin_output = T.dot(input, self.W) + self.b
        self.output = (lin_output if activation is None else activation(lin_output))
        self.params = [self.W, self.b]


class LogisticRegression(object):
    def __init__(self, input, n_in, n_out):
        self.W = theano.shared(value=numpy.zeros((n_in, n_out), dtype=theano.config.floatX),
                               name='W', borrow=True)
        self.b = theano.shared(value=numpy.zeros((n_out,), dtype=theano.config.floatX),
                               name='b', borrow=True)
        self.p_y_given_x = T.nnet.softmax(T.dot(input, self.W) + self.b)
        self.y_pred = T.argmax(self.p_y_given_x, axis=1)
        self.params = [self.W, self.b]

    def negative_log_likelihood(self, y):
        return -T.mean(T.log(self.p_y_given_x)[T.arange(y.shape[0]), y])

    def errors(self, y):
        return T.mean(T.neq(self.y_pred, y))


class MLP(object):
    def __init__(self, rng, input, n_in, n_hidden, n_out, activation):
        self.hiddenLayer = HiddenLayer(rng=rng, input=input, n_in=n_in, n_out=n_hidden,
                                       activation=activation)
        self.logRegressionLayer = LogisticRegression(input=self.hiddenLayer.output,
                                                     n_in=n_hidden, n_out=n_out)
        self.L1 = abs(self.hiddenLayer.W).sum() + abs(self.logRegressionLayer.W).sum()
        self.L2_sqr = (self.hiddenLayer.W ** 2).sum() + (self.logRegressionLayer.W ** 2).sum()
        self.negative_log_likelihood = self.logRegressionLayer.negative_log_likelihood
        self.errors = self.logRegressionLayer.errors
        self.params = self.hiddenLayer.params + self.logRegressionLayer.params
        self.input = input


data_rng = numpy.random.RandomState(5)
set_x = theano.shared(numpy.asarray(data_rng.rand(8, 5), dtype=theano.config.floatX), borrow=True)
set_y = T.cast(theano.shared(numpy.asarray(data_rng.randint(0, 3, 8), dtype=theano.config.floatX),
                             borrow=True), 'int32')
batch_size = 4
for label, activation in [('tanh', T.tanh), ('sigmoid', T.nnet.sigmoid)]:
    rng = numpy.random.RandomState(1234)
    index = T.lscalar()
    x = T.matrix('x')
    y = T.ivector('y')
    classifier = MLP(rng=rng, input=x, n_in=5, n_hidden=4, n_out=3, activation=activation)
    cost = (classifier.negative_log_likelihood(y) + 0.001 * classifier.L1
            + 0.0001 * classifier.L2_sqr)
    test_model = theano.function(
        inputs=[index], outputs=classifier.errors(y),
        givens={x: set_x[index * batch_size:(index + 1) * batch_size],
                y: set_y[index * batch_size:(index + 1) * batch_size]},
        name='test_model')
    gparams = [T.grad(cost, param) for param in classifier.params]
    updates = [(param, param - 0.01 * gparam) for param, gparam in zip(classifier.params, gparams)]
    train_model = theano.function(
        inputs=[index], outputs=cost, updates=updates,
        givens={x: set_x[index * batch_size: (index + 1) * batch_size],
                y: set_y[index * batch_size: (index + 1) * batch_size]},
        name='train_model')
    for epoch in range(2):
        for minibatch_index in range(2):
            print(label, epoch, minibatch_index, float(train_model(minibatch_index)))
        print("test error", float(numpy.mean([test_model(i) for i in range(2)])))
    for p in classifier.params:
        show(p.name, p.get_value())
