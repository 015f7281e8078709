# Covers: the reparameterisation trick as a VAE-style user writes it: eps = srng.normal(size=mu.shape) from RandomStreams, z = mu + T.exp(0.5 * logvar) * eps, a KL term -0.5 * T.sum(1 + logvar - mu ** 2 - T.exp(logvar), axis=1), a reconstruction through T.nnet.sigmoid and T.nnet.binary_crossentropy, T.grad w.r.t. the encoder and decoder weights (the gradient flows through mu and logvar, not through the draw), and 3 SGD steps; costs, KL terms, draws and parameters.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=99)
rng = np.random.RandomState(3)
x = T.dmatrix('x')
We_mu = theano.shared(rng.normal(0, 0.3, (4, 2)), name='We_mu')
We_lv = theano.shared(rng.normal(0, 0.3, (4, 2)), name='We_lv')
Wd = theano.shared(rng.normal(0, 0.3, (2, 4)), name='Wd')
bd = theano.shared(np.zeros(4), name='bd')
mu = T.dot(x, We_mu)
logvar = T.dot(x, We_lv)
eps = srng.normal(size=mu.shape)
z = mu + T.exp(0.5 * logvar) * eps
x_hat = T.nnet.sigmoid(T.dot(z, Wd) + bd)
rec = T.nnet.binary_crossentropy(x_hat, x).sum(axis=1)
kl = -0.5 * T.sum(1 + logvar - mu ** 2 - T.exp(logvar), axis=1)
cost = T.mean(rec + kl)
params = [We_mu, We_lv, Wd, bd]
grads = T.grad(cost, params)
train = theano.function([x], [cost, kl, eps], updates=[(p, p - 0.1 * g) for p, g in zip(params, grads)], name='train')
xv = np.array([[1.0, 0.0, 1.0, 0.0], [0.0, 1.0, 1.0, 1.0], [1.0, 1.0, 0.0, 0.0]])
for step in range(3):
    c, k, e = train(xv)
    print("step", step, float(c))
    show("kl", k)
    show("eps", e)
for p in params:
    show(p.name, p.get_value())
try:
    T.grad(cost, eps)
    print("grad wrt eps ok")
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])
