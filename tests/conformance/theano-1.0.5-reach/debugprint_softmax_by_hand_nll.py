# Covers: a softmax written by hand with its negative log-likelihood, -mean(log(p)[arange(n), y]), in three forms (exp(z - max) over its row sum, exp(z) over its row sum, T.nnet.softmax), each trained by two SGD steps: the canonizer makes the Softmax, and specialize fuses the pick into CrossentropySoftmaxArgmax1HotWithBias before log(softmax) could become LogSoftmax (the max form with a zero bias, the plain form with the bias split off); only the T.nnet.softmax form gets CrossentropySoftmax1HotWithBiasDx for its gradient, the others keep the AdvancedIncSubtensor of -1/n, whose alloc is dropped; debugprint of each training function, then costs and parameters.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


x = T.dmatrix('x')
y = T.ivector('y')
rng = np.random.RandomState(3)
data = rng.uniform(-1, 1, size=(5, 4))
labels = np.array([0, 2, 1, 2, 0], dtype='int32')


def model(tag):
    W = theano.shared(np.arange(12.0).reshape(4, 3) / 20 - 0.3, name='W_' + tag)
    b = theano.shared(np.zeros(3), name='b_' + tag)
    return W, b, T.dot(x, W) + b


def train_and_show(tag, cost, W, b):
    gW, gb = T.grad(cost, [W, b])
    train = theano.function([x, y], cost, updates=[(W, W - 0.5 * gW), (b, b - 0.5 * gb)], name='train_' + tag)
    theano.printing.debugprint(train)
    for step in range(2):
        print(tag, "step", step, "cost", round(float(train(data, labels)), 12))
    show("W_" + tag, W.get_value())
    show("b_" + tag, b.get_value())


W, b, z = model('max')
p = T.exp(z - z.max(axis=1, keepdims=True))
p = p / p.sum(axis=1, keepdims=True)
cost = -T.mean(T.log(p)[T.arange(y.shape[0]), y])
train_and_show('max', cost, W, b)

W, b, z = model('plain')
p = T.exp(z) / T.exp(z).sum(1, keepdims=True)
cost = -T.mean(T.log(p)[T.arange(y.shape[0]), y])
train_and_show('plain', cost, W, b)

W, b, z = model('nnet')
p = T.nnet.softmax(z)
cost = -T.mean(T.log(p)[T.arange(y.shape[0]), y])
train_and_show('nnet', cost, W, b)
