# Covers: a tiny VAE: reparameterisation with srng.normal, KL term, Adam updates written by hand, T.grad through the sample.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from collections import OrderedDict


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(3)
srng = RandomStreams(seed=11)
X = T.matrix('X')
W_enc = theano.shared(rng.normal(0, 0.1, (4, 3)), name='W_enc')
W_mu = theano.shared(rng.normal(0, 0.1, (3, 2)), name='W_mu')
W_lv = theano.shared(rng.normal(0, 0.1, (3, 2)), name='W_lv')
W_dec = theano.shared(rng.normal(0, 0.1, (2, 4)), name='W_dec')
params = [W_enc, W_mu, W_lv, W_dec]
h = T.nnet.softplus(T.dot(X, W_enc))
mu = T.dot(h, W_mu)
logvar = T.dot(h, W_lv)
eps = srng.normal(mu.shape)
z = mu + T.exp(0.5 * logvar) * eps
xr = T.nnet.sigmoid(T.dot(z, W_dec))
rec = T.nnet.binary_crossentropy(xr, X).sum(axis=1)
kl = -0.5 * T.sum(1 + logvar - mu ** 2 - T.exp(logvar), axis=1)
loss = T.mean(rec + kl)
grads = T.grad(loss, params)
t = theano.shared(np.float64(0), name='t')
updates = OrderedDict()
t_new = t + 1
updates[t] = t_new
lr = 0.01
for p, g in zip(params, grads):
    m = theano.shared(np.zeros_like(p.get_value()), name='m_' + p.name)
    v = theano.shared(np.zeros_like(p.get_value()), name='v_' + p.name)
    m_new = 0.9 * m + 0.1 * g
    v_new = 0.999 * v + 0.001 * T.sqr(g)
    mhat = m_new / (1 - 0.9 ** t_new)
    vhat = v_new / (1 - 0.999 ** t_new)
    updates[m] = m_new
    updates[v] = v_new
    updates[p] = p - lr * mhat / (T.sqrt(vhat) + 1e-8)
train = theano.function([X], [loss, T.mean(kl)], updates=updates)
data = (rng.uniform(size=(5, 4)) > 0.5).astype('float64')
for i in range(3):
    l, k = train(data)
    print('step', i, float(l), float(k))
show('W_dec', W_dec.get_value())
encode = theano.function([X], z)
show('z', encode(data[:2]))
show('z again', encode(data[:2]))
print(float(t.get_value()))
