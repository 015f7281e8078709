# Covers: manual batch normalisation (mean/var over the batch axis), gradient norm clipping with T.switch, theano.gradient.grad_clip, gaussian input noise, RMSprop.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(2)
srng = RandomStreams(seed=3)
x = T.matrix('x')
t = T.vector('t')
W = theano.shared(rng.normal(0, 1, (3, 4)), name='W')
gamma = theano.shared(np.ones(4), name='gamma')
beta = theano.shared(np.zeros(4), name='beta')
w_out = theano.shared(rng.normal(0, 1, (4,)), name='w_out')
xn = x + srng.normal(x.shape, std=0.1)
a = T.dot(xn, W)
mu = a.mean(axis=0)
var = a.var(axis=0)
an = (a - mu) / T.sqrt(var + 1e-5) * gamma + beta
hh = T.tanh(theano.gradient.grad_clip(an, -0.5, 0.5))
yhat = T.dot(hh, w_out)
loss = T.mean((yhat - t) ** 2)
params = [W, gamma, beta, w_out]
grads = T.grad(loss, params)
norm = T.sqrt(sum(T.sum(g ** 2) for g in grads))
scale = T.switch(T.gt(norm, 1.0), 1.0 / norm, 1.0)
updates = []
for p, g in zip(params, grads):
    acc = theano.shared(np.zeros_like(p.get_value()), name='acc_' + p.name)
    g = g * scale
    acc_new = 0.9 * acc + 0.1 * g ** 2
    updates.append((acc, acc_new))
    updates.append((p, p - 0.01 * g / T.sqrt(acc_new + 1e-6)))
train = theano.function([x, t], [loss, norm], updates=updates)
X = rng.normal(size=(5, 3))
Tt = rng.normal(size=(5,))
for i in range(3):
    l, n = train(X, Tt)
    print('step', i, float(l), float(n))
show('gamma', gamma.get_value())
show('w_out', w_out.get_value())
