# Covers: an RBM Gibbs chain in scan drawing from MRG_RandomStreams (binomial of symbolic shape inside the step), compiled with updates, PCD persistent chain as a shared variable, CD gradient with consider_constant.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(9)
srng = MRG_RandomStreams(seed=42)
nv, nh = 5, 3
W = theano.shared(rng.uniform(-0.3, 0.3, (nv, nh)), name='W')
hb = theano.shared(np.zeros(nh), name='hbias')
vb = theano.shared(np.zeros(nv), name='vbias')
persistent = theano.shared(np.zeros((2, nh)), name='persistent')


def gibbs_hvh(h):
    pv = T.nnet.sigmoid(T.dot(h, W.T) + vb)
    v = srng.binomial(size=pv.shape, n=1, p=pv, dtype=theano.config.floatX)
    ph = T.nnet.sigmoid(T.dot(v, W) + hb)
    h2 = srng.binomial(size=ph.shape, n=1, p=ph, dtype=theano.config.floatX)
    return [pv, v, ph, h2]


def free_energy(v):
    return -T.dot(v, vb) - T.sum(T.nnet.softplus(T.dot(v, W) + hb), axis=1)


x = T.matrix('x')
(pvs, vs, phs, hs), upd = theano.scan(gibbs_hvh, outputs_info=[None, None, None, persistent], n_steps=2)
chain_end = vs[-1]
cost = T.mean(free_energy(x)) - T.mean(free_energy(chain_end))
params = [W, hb, vb]
gparams = T.grad(cost, params, consider_constant=[chain_end])
for p, g in zip(params, gparams):
    upd[p] = p - 0.1 * g
upd[persistent] = hs[-1]
train = theano.function([x], cost, updates=upd)
data = (rng.uniform(size=(2, nv)) > 0.5).astype('float64')
for i in range(3):
    print('cost', float(train(data)))
show('persistent', persistent.get_value())
show('W', W.get_value())
