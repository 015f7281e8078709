# Covers: the denoising autoencoder tutorial's dA class (W initialised in the tutorial's range, W_prime = W.T, get_corrupted_input with theano_rng.binomial(size=input.shape, n=1, p=1 - corruption_level) * input, cross-entropy cost, updates as a list of tuples) built twice on one RandomStreams, with corruption 0.0 and 0.3, and trained on minibatches through givens; mean costs per epoch, weights and biases, the compiled training functions' debugprints and the stream's position.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


class dA(object):
    def __init__(self, numpy_rng, theano_rng=None, input=None, n_visible=8, n_hidden=4, W=None, bhid=None, bvis=None):
        self.n_visible = n_visible
        self.n_hidden = n_hidden
        if not theano_rng:
            theano_rng = RandomStreams(numpy_rng.randint(2 ** 30))
        if not W:
            initial_W = np.asarray(numpy_rng.uniform(low=-4 * np.sqrt(6. / (n_hidden + n_visible)),
                                                     high=4 * np.sqrt(6. / (n_hidden + n_visible)),
                                                     size=(n_visible, n_hidden)), dtype=theano.config.floatX)
            W = theano.shared(value=initial_W, name='W', borrow=True)
        if not bvis:
            bvis = theano.shared(value=np.zeros(n_visible, dtype=theano.config.floatX), borrow=True)
        if not bhid:
            bhid = theano.shared(value=np.zeros(n_hidden, dtype=theano.config.floatX), name='b', borrow=True)
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
        updates = [(param, param - learning_rate * gparam) for param, gparam in zip(self.params, gparams)]
        return (cost, updates)


rng = np.random.RandomState(123)
theano_rng = RandomStreams(rng.randint(2 ** 30))
data = (rng.rand(10, 8) > 0.6).astype(theano.config.floatX)
train_set_x = theano.shared(data, borrow=True)
batch_size = 5
n_train_batches = train_set_x.get_value(borrow=True).shape[0] // batch_size
index = T.lscalar()
x = T.matrix('x')
for corruption in [0., 0.3]:
    da = dA(numpy_rng=rng, theano_rng=theano_rng, input=x, n_visible=8, n_hidden=4)
    cost, updates = da.get_cost_updates(corruption_level=corruption, learning_rate=0.1)
    train_da = theano.function([index], cost, updates=updates,
                               givens={x: train_set_x[index * batch_size: (index + 1) * batch_size]})
    for epoch in range(2):
        c = []
        for batch_index in range(n_train_batches):
            c.append(train_da(batch_index))
        print('Training epoch %d, cost ' % epoch, np.mean(c, dtype='float64'))
    print('W', np.round(da.W.get_value(), 8).tolist())
    print('b', da.b.get_value().tolist(), 'b_prime', da.b_prime.get_value().tolist())
    theano.printing.debugprint(train_da)
print(theano_rng.state_updates[0][0].get_value().get_state()[2])
