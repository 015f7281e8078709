# Covers: an MLP whose HiddenLayer class applies dropout by a train flag, as tutorial code does: W initialised from rng.uniform with the sqrt(6 / (n_in + n_out)) bound (times 4 for sigmoid), a srng.binomial mask of size out.shape, T.switch(T.neq(is_train, 0), out * mask, out * (1 - p)), is_train given as np.int32(1) or np.int32(0) through givens, softmax with categorical_crossentropy, classical momentum as shared zeros_like velocities in a list of update pairs, an ifelse picking the prediction; costs, errors, picks, weights, velocities and the debugprints of the train, test and ifelse functions (if{inplace}).
import numpy as np
import theano
import theano.tensor as T
from theano.ifelse import ifelse
from theano.tensor.shared_randomstreams import RandomStreams

rng = np.random.RandomState(3)
srng = RandomStreams(rng.randint(999999))


class HiddenLayer(object):
    def __init__(self, inp, n_in, n_out, is_train, p=0.5, activation=T.tanh):
        W_values = np.asarray(rng.uniform(low=-np.sqrt(6. / (n_in + n_out)),
                                          high=np.sqrt(6. / (n_in + n_out)), size=(n_in, n_out)),
                              dtype=theano.config.floatX)
        if activation == T.nnet.sigmoid:
            W_values *= 4
        self.W = theano.shared(W_values, name='W', borrow=True)
        self.b = theano.shared(np.zeros((n_out,), dtype=theano.config.floatX), name='b', borrow=True)
        lin = T.dot(inp, self.W) + self.b
        out = activation(lin)
        mask = srng.binomial(n=1, p=1 - p, size=out.shape, dtype=theano.config.floatX)
        self.output = T.switch(T.neq(is_train, 0), out * mask, out * (1 - p))
        self.params = [self.W, self.b]


x = T.matrix('x')
y = T.ivector('y')
is_train = T.iscalar('is_train')
h1 = HiddenLayer(x, 4, 6, is_train)
h2 = HiddenLayer(h1.output, 6, 5, is_train, p=0.2, activation=T.nnet.sigmoid)
Wout = theano.shared(np.zeros((5, 3)), name='Wout')
bout = theano.shared(np.zeros(3), name='bout')
p_y = T.nnet.softmax(T.dot(h2.output, Wout) + bout)
y_pred = T.argmax(p_y, axis=1)
cost = T.mean(T.nnet.categorical_crossentropy(p_y, y))
params = h1.params + h2.params + [Wout, bout]
gparams = [T.grad(cost, p) for p in params]
momentum = [theano.shared(np.zeros_like(p.get_value()), borrow=True) for p in params]
updates = []
for p, g, m in zip(params, gparams, momentum):
    v = 0.9 * m - 0.05 * g
    updates.append((m, v))
    updates.append((p, p + v))
train = theano.function([x, y], cost, updates=updates, givens={is_train: np.int32(1)})
test = theano.function([x, y], [cost, T.mean(T.neq(y_pred, y))], givens={is_train: np.int32(0)})
pick = theano.function([x], ifelse(T.gt(x.sum(), 0), y_pred, -y_pred - 1), givens={is_train: np.int32(0)})
X = rng.normal(size=(6, 4))
Y = np.array([0, 1, 2, 2, 1, 0], dtype='int32')
for i in range(4):
    print(i, train(X, Y), test(X, Y))
print(pick(X), pick(-X))
print(Wout.get_value().round(8))
print(momentum[0].get_value().round(8))
theano.printing.debugprint(train)
theano.printing.debugprint(test)
theano.printing.debugprint(pick)
