# Covers: a reduced RBM trained by CD-3: a Gibbs step v->h->v returning [h_mean, h, v_mean, v] with srng.binomial samples, run by theano.scan with outputs_info=[None, None, None, v_in] and n_steps=3, cost = mean free energy difference with consider_constant=[chain_end], parameter updates added to scan's updates dict; costs over 3 steps, the weights, and a sampling function compiled with only the scan's stream updates.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

rng = np.random.RandomState(5)
srng = RandomStreams(seed=11)
n_v, n_h = 4, 3
W = theano.shared(rng.uniform(-0.2, 0.2, (n_v, n_h)), name='W')
hb = theano.shared(np.zeros(n_h), name='hbias')
vb = theano.shared(np.zeros(n_v), name='vbias')
v_in = T.dmatrix('v_in')

def free_energy(v):
    return -T.dot(v, vb) - T.sum(T.log(1 + T.exp(T.dot(v, W) + hb)), axis=1)

def gibbs_vhv(v0):
    h_mean = T.nnet.sigmoid(T.dot(v0, W) + hb)
    h = srng.binomial(size=h_mean.shape, n=1, p=h_mean, dtype='float64')
    v_mean = T.nnet.sigmoid(T.dot(h, W.T) + vb)
    v = srng.binomial(size=v_mean.shape, n=1, p=v_mean, dtype='float64')
    return [h_mean, h, v_mean, v]

(hm, hs, vm, vs), upd = theano.scan(gibbs_vhv, outputs_info=[None, None, None, v_in], n_steps=3)
chain_end = vs[-1]
cost = T.mean(free_energy(v_in)) - T.mean(free_energy(chain_end))
params = [W, hb, vb]
gparams = T.grad(cost, params, consider_constant=[chain_end])
for prm, g in zip(params, gparams):
    upd[prm] = prm - 0.05 * g
train = theano.function([v_in], cost, updates=upd)
data = (rng.rand(5, n_v) > 0.5).astype('float64')
for i in range(3):
    print(i, repr(float(train(data))))
print(W.get_value().round(12).tolist())
sample = theano.function([v_in], vs[-1], updates=upd.__class__((k, v) for k, v in upd.items() if k not in params))
print(sample(data).tolist())
