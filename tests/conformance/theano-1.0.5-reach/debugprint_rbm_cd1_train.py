# Covers: the compiled CD-1 training function of a reduced RBM as a user debugs it: the Gibbs step h|v then v|h with srng.binomial inside theano.scan with n_steps=1 (no loop is built: the step's outputs get a leading axis, Rebroadcast{0} of DimShuffle{x,0,1}, and chain_end = nv_samples[-1] reads the step's sample again), cost = mean free energy difference with consider_constant=[chain_end], SGD updates added to scan's updates; debugprint of the uncompiled chain_end and of the compiled function (Gemm/Gemv updates, softplus, the binomial draws and their default updates), then cost and parameters over 2 steps.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rs = np.random.RandomState(7)
srng = RandomStreams(seed=99)
x = T.dmatrix('x')
W = theano.shared(rs.uniform(-0.3, 0.3, (4, 3)), name='W')
hbias = theano.shared(np.zeros(3), name='hbias')
vbias = theano.shared(np.zeros(4), name='vbias')


def free_energy(v):
    wx_b = T.dot(v, W) + hbias
    return -T.dot(v, vbias) - T.sum(T.log(1 + T.exp(wx_b)), axis=1)


def gibbs_hvh(h0):
    pre_v = T.dot(h0, W.T) + vbias
    v1_mean = T.nnet.sigmoid(pre_v)
    v1 = srng.binomial(size=v1_mean.shape, n=1, p=v1_mean, dtype='float64')
    pre_h = T.dot(v1, W) + hbias
    h1_mean = T.nnet.sigmoid(pre_h)
    h1 = srng.binomial(size=h1_mean.shape, n=1, p=h1_mean, dtype='float64')
    return [pre_v, v1_mean, v1, pre_h, h1_mean, h1]


ph_mean = T.nnet.sigmoid(T.dot(x, W) + hbias)
ph_sample = srng.binomial(size=ph_mean.shape, n=1, p=ph_mean, dtype='float64')
(pre_v, nv_means, nv_samples, pre_h, nh_means, nh_samples), updates = theano.scan(
    gibbs_hvh, outputs_info=[None, None, None, None, None, ph_sample], n_steps=1, name='gibbs_hvh')
chain_end = nv_samples[-1]
cost = T.mean(free_energy(x)) - T.mean(free_energy(chain_end))
params = [W, hbias, vbias]
gparams = T.grad(cost, params, consider_constant=[chain_end])
for p, g in zip(params, gparams):
    updates[p] = p - 0.1 * g
print("updates", len(updates))
theano.printing.debugprint(chain_end)
train = theano.function([x], [cost, chain_end], updates=updates, name='train_rbm')
theano.printing.debugprint(train)
data = np.array([[1.0, 1.0, 0.0, 0.0], [0.0, 0.0, 1.0, 1.0], [1.0, 0.0, 1.0, 0.0]])
for step in range(2):
    c, ce = train(data)
    print("step", step, "cost", float(c))
    show("chain_end", ce)
    for rng, _ in srng.state_updates:
        print("pos", int(rng.get_value().get_state()[2]))
show("W", W.get_value())
show("hbias", hbias.get_value())
show("vbias", vbias.get_value())
