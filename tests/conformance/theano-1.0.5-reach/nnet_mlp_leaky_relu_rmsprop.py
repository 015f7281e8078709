# Covers: an MLP as tutorial code writes it with T.nnet.relu(alpha=0.1) hidden units, T.nnet.softmax on a 2-D batch, T.nnet.categorical_crossentropy with int32 labels, RMSprop updates built in an OrderedDict (accumulators as shared zeros, T.sqrt, T.sqr), the error rate T.mean(T.neq(T.argmax(p, axis=1), y)) and predictions; costs, errors, parameters and accumulators over 3 steps.
from collections import OrderedDict

import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(1234)
X = T.dmatrix('X')
y = T.ivector('y')
W1 = theano.shared(rng.uniform(-0.5, 0.5, (3, 4)), name='W1')
b1 = theano.shared(np.zeros(4), name='b1')
W2 = theano.shared(rng.uniform(-0.5, 0.5, (4, 3)), name='W2')
b2 = theano.shared(np.zeros(3), name='b2')
params = [W1, b1, W2, b2]
h = T.nnet.relu(T.dot(X, W1) + b1, alpha=0.1)
p = T.nnet.softmax(T.dot(h, W2) + b2)
cost = T.nnet.categorical_crossentropy(p, y).mean()
errors = T.mean(T.neq(T.argmax(p, axis=1), y))
grads = T.grad(cost, params)
updates = OrderedDict()
accs = []
for param, g in zip(params, grads):
    acc = theano.shared(np.zeros_like(param.get_value()), name='acc_' + param.name)
    accs.append(acc)
    new_acc = 0.9 * acc + 0.1 * T.sqr(g)
    updates[acc] = new_acc
    updates[param] = param - 0.05 * g / T.sqrt(new_acc + 1e-6)
train = theano.function([X, y], [cost, errors], updates=updates, name='train')
predict = theano.function([X], T.argmax(p, axis=1), name='predict')
Xv = rng.uniform(-1, 1, (5, 3))
yv = np.array([0, 2, 1, 2, 0], dtype='int32')
for step in range(3):
    c, e = train(Xv, yv)
    print("step", step, float(c), float(e))
show("pred", predict(Xv))
for prm in params + accs:
    show(prm.name, prm.get_value())
