# Covers: the dropout MLP as the widely copied dropout code writes it: _dropout_from_layer making a new RandomStreams(rng.randint(999999)) per layer and multiplying by T.cast(mask, floatX), a DropoutHiddenLayer subclass, test-time layers sharing the dropout layers' weights scaled by (1 - p) (W=next_dropout_layer.W * (1 - p): a shared variable times a constant as a layer's weight), ReLU as T.maximum(0.0, x), momentum on an epoch-dependent schedule T.switch(epoch < 2, ...) in an OrderedDict, max-norm clipping of each weight's columns, a decaying shared learning rate returned by a function with updates={learning_rate: learning_rate * 0.98}, minibatches through givens with T.cast of a shared float label vector; costs, test errors, parameters and the debugprints of the training and test functions.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from collections import OrderedDict


def ReLU(x):
    return T.maximum(0.0, x)


class HiddenLayer(object):
    def __init__(self, rng, input, n_in, n_out, activation, W=None, b=None, use_bias=True):
        self.input = input
        self.activation = activation
        if W is None:
            W_values = np.asarray(0.01 * rng.standard_normal(size=(n_in, n_out)), dtype=theano.config.floatX)
            W = theano.shared(value=W_values, name='W')
        if b is None:
            b_values = np.zeros((n_out,), dtype=theano.config.floatX)
            b = theano.shared(value=b_values, name='b')
        self.W = W
        self.b = b
        if use_bias:
            lin_output = T.dot(input, self.W) + self.b
        else:
            lin_output = T.dot(input, self.W)
        self.output = (lin_output if activation is None else activation(lin_output))
        self.params = [self.W, self.b] if use_bias else [self.W]


def _dropout_from_layer(rng, layer, p):
    srng = theano.tensor.shared_randomstreams.RandomStreams(rng.randint(999999))
    mask = srng.binomial(n=1, p=1 - p, size=layer.shape)
    output = layer * T.cast(mask, theano.config.floatX)
    return output


class DropoutHiddenLayer(HiddenLayer):
    def __init__(self, rng, input, n_in, n_out, activation, dropout_rate, use_bias, W=None, b=None):
        super(DropoutHiddenLayer, self).__init__(rng=rng, input=input, n_in=n_in, n_out=n_out, W=W, b=b,
                                                 activation=activation, use_bias=use_bias)
        self.output = _dropout_from_layer(rng, self.output, p=dropout_rate)


class LogisticRegression(object):
    def __init__(self, input, n_in, n_out, W=None, b=None):
        if W is None:
            W = theano.shared(value=np.zeros((n_in, n_out), dtype=theano.config.floatX), name='W')
        if b is None:
            b = theano.shared(value=np.zeros((n_out,), dtype=theano.config.floatX), name='b')
        self.W, self.b = W, b
        self.p_y_given_x = T.nnet.softmax(T.dot(input, self.W) + self.b)
        self.y_pred = T.argmax(self.p_y_given_x, axis=1)
        self.params = [self.W, self.b]

    def negative_log_likelihood(self, y):
        return -T.mean(T.log(self.p_y_given_x)[T.arange(y.shape[0]), y])

    def errors(self, y):
        if y.ndim != self.y_pred.ndim:
            raise TypeError('y should have the same shape as self.y_pred',
                            ('y', y.type, 'y_pred', self.y_pred.type))
        if y.dtype.startswith('int'):
            return T.mean(T.neq(self.y_pred, y))
        else:
            raise NotImplementedError()


class MLP(object):
    def __init__(self, rng, input, layer_sizes, dropout_rates, activations, use_bias=True):
        weight_matrix_sizes = list(zip(layer_sizes, layer_sizes[1:]))
        self.layers = []
        self.dropout_layers = []
        next_layer_input = input
        next_dropout_layer_input = _dropout_from_layer(rng, input, p=dropout_rates[0])
        layer_counter = 0
        for n_in, n_out in weight_matrix_sizes[:-1]:
            next_dropout_layer = DropoutHiddenLayer(rng=rng, input=next_dropout_layer_input,
                                                    activation=activations[layer_counter],
                                                    n_in=n_in, n_out=n_out, use_bias=use_bias,
                                                    dropout_rate=dropout_rates[layer_counter + 1])
            self.dropout_layers.append(next_dropout_layer)
            next_dropout_layer_input = next_dropout_layer.output
            next_layer = HiddenLayer(rng=rng, input=next_layer_input, activation=activations[layer_counter],
                                     W=next_dropout_layer.W * (1 - dropout_rates[layer_counter]),
                                     b=next_dropout_layer.b, n_in=n_in, n_out=n_out, use_bias=use_bias)
            self.layers.append(next_layer)
            next_layer_input = next_layer.output
            layer_counter += 1
        n_in, n_out = weight_matrix_sizes[-1]
        dropout_output_layer = LogisticRegression(input=next_dropout_layer_input, n_in=n_in, n_out=n_out)
        self.dropout_layers.append(dropout_output_layer)
        output_layer = LogisticRegression(input=next_layer_input, W=dropout_output_layer.W * (1 - dropout_rates[-1]),
                                          b=dropout_output_layer.b, n_in=n_in, n_out=n_out)
        self.layers.append(output_layer)
        self.dropout_negative_log_likelihood = self.dropout_layers[-1].negative_log_likelihood
        self.dropout_errors = self.dropout_layers[-1].errors
        self.negative_log_likelihood = self.layers[-1].negative_log_likelihood
        self.errors = self.layers[-1].errors
        self.params = [param for layer in self.dropout_layers for param in layer.params]


rng = np.random.RandomState(1234)
data_x = rng.rand(8, 5).astype(theano.config.floatX)
data_y = (data_x.sum(axis=1) > 2.5).astype('int32')
train_set_x = theano.shared(data_x, borrow=True)
train_set_y = T.cast(theano.shared(data_y.astype(theano.config.floatX), borrow=True), 'int32')
batch_size = 4
index = T.lscalar()
epoch = T.scalar()
x = T.matrix('x')
y = T.ivector('y')
learning_rate = theano.shared(np.asarray(0.5, dtype=theano.config.floatX))
classifier = MLP(rng=rng, input=x, layer_sizes=[5, 4, 2], dropout_rates=[0.2, 0.5], activations=[ReLU])
cost = classifier.negative_log_likelihood(y)
dropout_cost = classifier.dropout_negative_log_likelihood(y)
test_model = theano.function(inputs=[index], outputs=classifier.errors(y),
                             givens={x: train_set_x[index * batch_size:(index + 1) * batch_size],
                                     y: train_set_y[index * batch_size:(index + 1) * batch_size]})
gparams = []
for param in classifier.params:
    gparam = T.grad(dropout_cost, param)
    gparams.append(gparam)
gparams_mom = []
for param in classifier.params:
    gparam_mom = theano.shared(np.zeros(param.get_value(borrow=True).shape, dtype=theano.config.floatX))
    gparams_mom.append(gparam_mom)
mom = T.switch(epoch < 2, 0.5 * (1. - epoch / 2) + 0.99 * (epoch / 2), 0.99)
updates = OrderedDict()
for gparam_mom, gparam in zip(gparams_mom, gparams):
    updates[gparam_mom] = mom * gparam_mom - (1. - mom) * learning_rate * gparam
for param, gparam_mom in zip(classifier.params, gparams_mom):
    stepped_param = param + updates[gparam_mom]
    if param.get_value(borrow=True).ndim == 2:
        squared_norms = T.sum(stepped_param ** 2, axis=0)
        scale = T.clip(T.sqrt(15.0 / squared_norms), 0., 1.)
        updates[param] = stepped_param * scale
    else:
        updates[param] = stepped_param
train_model = theano.function(inputs=[epoch, index], outputs=dropout_cost, updates=updates,
                              givens={x: train_set_x[index * batch_size:(index + 1) * batch_size],
                                      y: train_set_y[index * batch_size:(index + 1) * batch_size]})
decay_learning_rate = theano.function(inputs=[], outputs=learning_rate,
                                      updates={learning_rate: learning_rate * 0.98})
for ep in range(3):
    for minibatch_index in range(2):
        c = train_model(ep, minibatch_index)
        print('epoch', ep, 'batch', minibatch_index, 'cost', float(c))
    print('test errors', [float(test_model(i)) for i in range(2)])
    print('lr', float(decay_learning_rate()))
for p in classifier.params:
    print(p.name, np.round(p.get_value(), 8).tolist())
theano.printing.debugprint(train_model)
theano.printing.debugprint(test_model)
