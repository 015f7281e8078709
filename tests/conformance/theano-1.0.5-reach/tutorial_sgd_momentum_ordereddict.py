# Covers: SGD with classical momentum and weight decay as user code writes it: velocities as shared zeros_like copies (borrow=True), updates built in a collections.OrderedDict (velocity first, then param + new velocity), a softmax classifier with an L2 term, T.clip of the gradient norm by T.switch, T.sqr and T.sqrt; costs, parameters and velocities over 4 steps.
from collections import OrderedDict

import numpy as np
import theano
import theano.tensor as T

floatX = theano.config.floatX


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(0)
X = np.asarray(rng.randn(6, 3), dtype=floatX)
Y = np.asarray(rng.randint(0, 2, 6), dtype='int32')
x = T.matrix('x')
y = T.ivector('y')
W = theano.shared(np.asarray(rng.randn(3, 2) * 0.1, dtype=floatX), name='W', borrow=True)
b = theano.shared(np.zeros((2,), dtype=floatX), name='b', borrow=True)
params = [W, b]
p_y = T.nnet.softmax(T.dot(x, W) + b)
nll = -T.mean(T.log(p_y)[T.arange(y.shape[0]), y])
cost = nll + 1e-3 * T.sum(T.sqr(W))
grads = T.grad(cost, params)
grad_norm = T.sqrt(sum(T.sum(T.sqr(g)) for g in grads))
scale = T.switch(T.gt(grad_norm, 1.0), 1.0 / grad_norm, 1.0)
learning_rate = 0.5
momentum = 0.9
updates = OrderedDict()
velocities = []
for param, grad in zip(params, grads):
    velocity = theano.shared(np.zeros_like(param.get_value(borrow=True)), borrow=True,
                             name='v_' + param.name)
    velocities.append(velocity)
    g = T.clip(grad * scale, -0.5, 0.5)
    updates[velocity] = momentum * velocity - learning_rate * g
    updates[param] = param + updates[velocity]
train = theano.function([x, y], [cost, grad_norm], updates=updates, name='train')
for step in range(4):
    c, gn = train(X, Y)
    print("step", step, "cost", float(c), "grad_norm", float(gn))
for v in params + velocities:
    show(v.name, v.get_value())
