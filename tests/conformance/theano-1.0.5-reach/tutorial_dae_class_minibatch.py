# Covers: the tutorial's dA class reduced: numpy_rng and theano_rng = RandomStreams(numpy_rng.randint(2 ** 30)), initial_W bound 4 * sqrt(6 / (n_hidden + n_visible)), tied weights W_prime = W.T, get_corrupted_input with theano_rng.binomial(size=input.shape, n=1, p=1 - corruption_level, dtype=floatX) * input, get_cost_updates returning (cost, updates) built by a list comprehension, training through an index and givens over minibatches, corruption 0.0 and 0.3; costs per epoch and the learned bias.
import numpy
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = numpy.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


class dA(object):
    def __init__(self, numpy_rng, theano_rng=None, input=None, n_visible=6, n_hidden=3):
        self.n_visible = n_visible
        self.n_hidden = n_hidden
        if not theano_rng:
            theano_rng = RandomStreams(numpy_rng.randint(2 ** 30))
        initial_W = numpy.asarray(
            numpy_rng.uniform(low=-4 * numpy.sqrt(6. / (n_hidden + n_visible)),
                              high=4 * numpy.sqrt(6. / (n_hidden + n_visible)),
                              size=(n_visible, n_hidden)),
            dtype=theano.config.floatX)
        W = theano.shared(value=initial_W, name='W', borrow=True)
        bvis = theano.shared(value=numpy.zeros(n_visible, dtype=theano.config.floatX), borrow=True)
        bhid = theano.shared(value=numpy.zeros(n_hidden, dtype=theano.config.floatX), name='b',
                             borrow=True)
        self.W = W
        self.b = bhid
        self.b_prime = bvis
        self.W_prime = self.W.T
        self.theano_rng = theano_rng
        if input is None:
            self.x = T.dmatrix(name='input')
        else:
            self.x = input
        self.params = [self.W, self.b, self.b_prime]

    def get_corrupted_input(self, input, corruption_level):
        return self.theano_rng.binomial(size=input.shape, n=1, p=1 - corruption_level,
                                        dtype=theano.config.floatX) * input

    def get_hidden_values(self, input):
        return T.nnet.sigmoid(T.dot(input, self.W) + self.b)

    def get_reconstructed_input(self, hidden):
        return T.nnet.sigmoid(T.dot(hidden, self.W_prime) + self.b_prime)

    def get_cost_updates(self, corruption_level, learning_rate):
        tilde_x = self.get_corrupted_input(self.x, corruption_level)
        y = self.get_hidden_values(tilde_x)
        z = self.get_reconstructed_input(y)
        L = - T.sum(self.x * T.log(z) + (1 - self.x) * T.log(1 - z), axis=1)
        cost = T.mean(L)
        gparams = T.grad(cost, self.params)
        updates = [(param, param - learning_rate * gparam)
                   for param, gparam in zip(self.params, gparams)]
        return (cost, updates)


data = numpy.random.RandomState(3).binomial(1, 0.5, (8, 6))
train_set_x = theano.shared(numpy.asarray(data, dtype=theano.config.floatX), borrow=True)
batch_size = 4
n_train_batches = train_set_x.get_value(borrow=True).shape[0] // batch_size
for corruption in [0., 0.3]:
    index = T.lscalar()
    x = T.matrix('x')
    rng = numpy.random.RandomState(123)
    theano_rng = RandomStreams(rng.randint(2 ** 30))
    da = dA(numpy_rng=rng, theano_rng=theano_rng, input=x, n_visible=6, n_hidden=3)
    cost, updates = da.get_cost_updates(corruption_level=corruption, learning_rate=0.1)
    train_da = theano.function(
        [index], cost, updates=updates,
        givens={x: train_set_x[index * batch_size: (index + 1) * batch_size]},
        name='train_da')
    for epoch in range(3):
        c = []
        for batch_index in range(n_train_batches):
            c.append(train_da(batch_index))
        print('corruption', corruption, 'Training epoch %d, cost ' % epoch, float(numpy.mean(c)))
    show("b", da.b.get_value())
    show("b_prime", da.b_prime.get_value())
