# Covers: the contractive autoencoder tutorial (cA.py) reduced: a sigmoid hidden layer with tied weights, the Jacobian of the hidden layer computed by hand through reshapes (T.reshape(h * (1 - h), (n, 1, n_hidden)) * T.reshape(W, (1, n_visible, n_hidden))), the cross-entropy reconstruction cost plus contraction_level * the mean squared Jacobian norm, SGD from T.grad over minibatches through givens, costs and parameters over 3 steps, and the compiled training function's debugprint.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


class cA(object):
    def __init__(self, numpy_rng, input=None, n_visible=6, n_hidden=4, n_batchsize=2):
        self.n_visible = n_visible
        self.n_hidden = n_hidden
        self.n_batchsize = n_batchsize
        initial_W = np.asarray(numpy_rng.uniform(
            low=-4 * np.sqrt(6. / (n_hidden + n_visible)),
            high=4 * np.sqrt(6. / (n_hidden + n_visible)),
            size=(n_visible, n_hidden)), dtype=theano.config.floatX)
        self.W = theano.shared(value=initial_W, name='W', borrow=True)
        self.b = theano.shared(value=np.zeros(n_hidden, dtype=theano.config.floatX), name='b', borrow=True)
        self.b_prime = theano.shared(value=np.zeros(n_visible, dtype=theano.config.floatX), name='b_prime', borrow=True)
        self.W_prime = self.W.T
        self.x = input if input is not None else T.dmatrix(name='input')
        self.params = [self.W, self.b, self.b_prime]

    def get_hidden_values(self, input):
        return T.nnet.sigmoid(T.dot(input, self.W) + self.b)

    def get_jacobian(self, hidden, W):
        return T.reshape(hidden * (1 - hidden), (self.n_batchsize, 1, self.n_hidden)) * \
            T.reshape(W, (1, self.n_visible, self.n_hidden))

    def get_reconstructed_input(self, hidden):
        return T.nnet.sigmoid(T.dot(hidden, self.W_prime) + self.b_prime)

    def get_cost_updates(self, contraction_level, learning_rate):
        y = self.get_hidden_values(self.x)
        z = self.get_reconstructed_input(y)
        J = self.get_jacobian(y, self.W)
        self.L_rec = - T.sum(self.x * T.log(z) + (1 - self.x) * T.log(1 - z), axis=1)
        self.L_jacob = T.sum(J ** 2) // self.n_batchsize
        cost = T.mean(self.L_rec) + contraction_level * T.mean(self.L_jacob)
        gparams = T.grad(cost, self.params)
        updates = []
        for param, gparam in zip(self.params, gparams):
            updates.append((param, param - learning_rate * gparam))
        return (cost, updates)


rng = np.random.RandomState(123)
data = theano.shared(np.asarray(rng.binomial(1, 0.4, size=(6, 6)), dtype=theano.config.floatX), borrow=True)
index = T.lscalar()
x = T.matrix('x')
ca = cA(numpy_rng=rng, input=x, n_visible=6, n_hidden=4, n_batchsize=2)
cost, updates = ca.get_cost_updates(contraction_level=0.1, learning_rate=0.1)
train_ca = theano.function([index], [T.mean(ca.L_rec), ca.L_jacob], updates=updates,
                           givens={x: data[index * 2: (index + 1) * 2]})
for epoch in range(2):
    c = []
    for batch_index in range(3):
        c.append(train_ca(batch_index))
    c_array = np.vstack(c)
    print('Training epoch %d, reconstruction cost ' % epoch, np.mean(c_array[0]), ' jacobian norm ', np.mean(np.sqrt(c_array[1])))
show('W', ca.W.get_value())
show('b', ca.b.get_value())
show('b_prime', ca.b_prime.get_value())
theano.printing.debugprint(train_ca)
