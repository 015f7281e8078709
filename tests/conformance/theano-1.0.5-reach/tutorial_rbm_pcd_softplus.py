# Covers: a reduced RBM trained by persistent CD-2: a gibbs_hvh step from a persistent shared chain (outputs_info=[None, None, None, persistent], borrow=True), free energy with T.nnet.softplus, consider_constant=[chain_end], parameter updates and updates[persistent] = hss[-1] added to scan's updates; costs and the persistent chain over 3 calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
rng = np.random.RandomState(8)
srng = RandomStreams(seed=3)
n_v, n_h, n_chains = 5, 3, 2
W = theano.shared(rng.uniform(-0.3, 0.3, (n_v, n_h)), name='W')
hb = theano.shared(np.zeros(n_h), name='hbias'); vb = theano.shared(np.zeros(n_v), name='vbias')
persistent = theano.shared(np.zeros((n_chains, n_h)), name='persistent', borrow=True)
x = T.dmatrix('x')
def sample_h(v):
    m = T.nnet.sigmoid(T.dot(v, W) + hb)
    return m, srng.binomial(size=m.shape, n=1, p=m, dtype='float64')
def sample_v(h):
    m = T.nnet.sigmoid(T.dot(h, W.T) + vb)
    return m, srng.binomial(size=m.shape, n=1, p=m, dtype='float64')
def gibbs_hvh(h0):
    vm, vs = sample_v(h0)
    hm, hs = sample_h(vs)
    return [vm, vs, hm, hs]
def free_energy(v):
    return -T.dot(v, vb) - T.sum(T.nnet.softplus(T.dot(v, W) + hb), axis=1)
(vms, vss, hms, hss), updates = theano.scan(gibbs_hvh, outputs_info=[None, None, None, persistent], n_steps=2)
chain_end = vss[-1]
cost = T.mean(free_energy(x)) - T.mean(free_energy(chain_end))
params = [W, hb, vb]
gparams = T.grad(cost, params, consider_constant=[chain_end])
for g, prm in zip(gparams, params):
    updates[prm] = prm - 0.1 * g
updates[persistent] = hss[-1]
monitor = T.mean(T.nnet.binary_crossentropy(T.nnet.sigmoid(T.dot(x, W) + hb).dot(W.T) + vb > 0, x)) if False else T.mean(x)
train = theano.function([x], cost, updates=updates)
data = (rng.rand(2, n_v) > 0.5).astype('float64')
for i in range(3):
    print(i, repr(float(train(data))), persistent.get_value().tolist())
