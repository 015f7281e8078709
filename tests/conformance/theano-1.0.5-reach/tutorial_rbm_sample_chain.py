# Covers: sampling from an RBM as the tutorial does after training: a shared persistent_vis_chain, gibbs_vhv (v -> h sample -> v sample) with srng.binomial inside theano.scan over outputs_info [None, None, None, None, None, persistent_vis_chain] and n_steps=plot_every, updates.update({persistent_vis_chain: vis_samples[-1]}), sample_fn = function([], [vis_mfs[-1], vis_samples[-1]], updates=updates); the chain's samples and mean-fields over 3 calls and the stream positions.
import numpy
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = numpy.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = numpy.random.RandomState(123)
theano_rng = RandomStreams(rng.randint(2 ** 30))
W = theano.shared(numpy.asarray(rng.uniform(-1, 1, (6, 4)), dtype=theano.config.floatX), name='W')
hbias = theano.shared(numpy.asarray(rng.uniform(-0.1, 0.1, 4), dtype=theano.config.floatX), name='hbias')
vbias = theano.shared(numpy.asarray(rng.uniform(-0.1, 0.1, 6), dtype=theano.config.floatX), name='vbias')


def propup(vis):
    pre = T.dot(vis, W) + hbias
    return [pre, T.nnet.sigmoid(pre)]


def propdown(hid):
    pre = T.dot(hid, W.T) + vbias
    return [pre, T.nnet.sigmoid(pre)]


def gibbs_vhv(v0_sample):
    pre_sigmoid_h1, h1_mean = propup(v0_sample)
    h1_sample = theano_rng.binomial(size=h1_mean.shape, n=1, p=h1_mean, dtype=theano.config.floatX)
    pre_sigmoid_v1, v1_mean = propdown(h1_sample)
    v1_sample = theano_rng.binomial(size=v1_mean.shape, n=1, p=v1_mean, dtype=theano.config.floatX)
    return [pre_sigmoid_h1, h1_mean, h1_sample, pre_sigmoid_v1, v1_mean, v1_sample]


test_set = numpy.asarray(rng.binomial(1, 0.5, (2, 6)), dtype=theano.config.floatX)
persistent_vis_chain = theano.shared(test_set, name='persistent_vis_chain')
plot_every = 4
([presig_hids, hid_mfs, hid_samples, presig_vis, vis_mfs, vis_samples], updates) = theano.scan(
    gibbs_vhv, outputs_info=[None, None, None, None, None, persistent_vis_chain],
    n_steps=plot_every, name="gibbs_vhv")
updates.update({persistent_vis_chain: vis_samples[-1]})
sample_fn = theano.function([], [vis_mfs[-1], vis_samples[-1]], updates=updates, name='sample_fn')
for idx in range(3):
    vis_mf, vis_sample = sample_fn()
    show("vis_mf", vis_mf)
    show("vis_sample", vis_sample)
    show("chain", persistent_vis_chain.get_value())
    print("positions", [int(r.get_value().get_state()[2]) for r, u in theano_rng.state_updates])
