# Covers: logistic regression over minibatches of shared data (theano.shared(..., borrow=True), givens slicing X[index * bs:(index + 1) * bs] with an lscalar index), an L1 + L2 regularised NLL cost, Adagrad updates given as a list of pairs, an integer label vector stored as a float shared variable and T.cast(..., 'int32') back, get_value(borrow=True) / set_value to reset parameters between two runs, and the per-epoch mean of the minibatch costs.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(7)
data_x = theano.shared(rng.normal(0, 1, (6, 4)), borrow=True, name='data_x')
data_y_f = theano.shared(np.array([0., 1., 2., 1., 0., 2.]), borrow=True, name='data_y')
data_y = T.cast(data_y_f, 'int32')
bs = 2
index = T.lscalar('index')
x = T.matrix('x')
y = T.ivector('y')
W = theano.shared(np.zeros((4, 3)), name='W', borrow=True)
b = theano.shared(np.zeros(3), name='b', borrow=True)
p_y = T.nnet.softmax(T.dot(x, W) + b)
nll = -T.mean(T.log(p_y)[T.arange(y.shape[0]), y])
L1 = abs(W).sum()
L2 = (W ** 2).sum()
cost = nll + 0.001 * L1 + 0.01 * L2
gW, gb = T.grad(cost, [W, b])
hW = theano.shared(np.zeros((4, 3)), name='hW')
hb = theano.shared(np.zeros(3), name='hb')
updates = [(hW, hW + gW ** 2), (hb, hb + gb ** 2),
           (W, W - 0.5 * gW / (T.sqrt(hW + gW ** 2) + 1e-8)),
           (b, b - 0.5 * gb / (T.sqrt(hb + gb ** 2) + 1e-8))]
train = theano.function([index], cost, updates=updates,
                        givens={x: data_x[index * bs:(index + 1) * bs],
                                y: data_y[index * bs:(index + 1) * bs]}, name='train')
test = theano.function([], T.mean(T.neq(T.argmax(p_y, axis=1), y)),
                       givens={x: data_x, y: data_y}, name='test')
W0 = W.get_value(borrow=True).copy()
for run in range(2):
    for epoch in range(2):
        costs = [train(i) for i in range(3)]
        print("run", run, "epoch", epoch, float(np.mean(costs)), float(test()))
    show("W", W.get_value())
    show("b", b.get_value())
    W.set_value(W0.copy())
    b.set_value(np.zeros(3))
    hW.set_value(np.zeros((4, 3)))
    hb.set_value(np.zeros(3))
