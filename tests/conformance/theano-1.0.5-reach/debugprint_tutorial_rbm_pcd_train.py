# Covers: the deep-learning tutorial's RBM trained by PCD-2 with MRG streams: a persistent chain (outputs_info=[None]*5 + [persistent]) in a scan Gibbs chain, T.grad with consider_constant=[chain_end], updates for the weights and the persistent state; three steps' costs, the weights and the chain, then the compiled training function's debugprint (one scan node, as Theano: shapes are attached after the loop push-out, so no shape reads a replaced loop)
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams as RS

rng = np.random.RandomState(5)
nv, nh = 6, 3
W = theano.shared(0.1 * rng.randn(nv, nh), name='W')
hb = theano.shared(np.zeros(nh), name='hbias')
vb = theano.shared(np.zeros(nv), name='vbias')
theano_rng = RS(rng.randint(2 ** 30))
persistent = theano.shared(np.zeros((2, nh)), name='persistent')

def propup(v):
    pre = T.dot(v, W) + hb
    return pre, T.nnet.sigmoid(pre)

def sample_h(v):
    pre, mean = propup(v)
    return pre, mean, theano_rng.binomial(size=mean.shape, n=1, p=mean, dtype=theano.config.floatX)

def sample_v(h):
    pre = T.dot(h, W.T) + vb
    mean = T.nnet.sigmoid(pre)
    return pre, mean, theano_rng.binomial(size=mean.shape, n=1, p=mean, dtype=theano.config.floatX)

def gibbs_hvh(h):
    pre_v, mean_v, v = sample_v(h)
    pre_h, mean_h, h1 = sample_h(v)
    return [pre_v, mean_v, v, pre_h, mean_h, h1]

def free_energy(v):
    wx_b = T.dot(v, W) + hb
    return -T.dot(v, vb) - T.sum(T.log(1 + T.exp(wx_b)), axis=1)

x = T.matrix('x')
(
    [pre_nv, nv_means, nv_samples, pre_nh, nh_means, nh_samples], updates
) = theano.scan(gibbs_hvh, outputs_info=[None, None, None, None, None, persistent], n_steps=2)
chain_end = nv_samples[-1]
cost = T.mean(free_energy(x)) - T.mean(free_energy(chain_end))
params = [W, hb, vb]
gparams = T.grad(cost, params, consider_constant=[chain_end])
for g, p in zip(gparams, params):
    updates[p] = p - 0.1 * g
updates[persistent] = nh_samples[-1]
train = theano.function([x], cost, updates=updates)
theano.printing.debugprint(train)
data = (rng.rand(2, nv) > 0.5).astype('float64')
for i in range(3):
    print(repr(float(train(data))))
print(W.get_value().round(10))
print(persistent.get_value())
