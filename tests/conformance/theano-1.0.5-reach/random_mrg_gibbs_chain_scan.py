# Covers: sampling from a small RBM as a new user writes it with MRG_RandomStreams: a persistent visible chain in a shared variable, gibbs_vhv (v -> h sample -> v sample, theano_rng.binomial(size=mean.shape, n=1, p=mean, dtype=floatX)) run by theano.scan for k=2 steps with outputs_info [None, None, persistent_chain], the chain updated with updates[persistent_chain] = samples[-1] on top of scan's updates, a sample function and a mean-field function compiled with givens of a shared temperature; the samples, mean fields, the chain and the MRG state rows over 3 calls; also compiling the chain without scan's updates.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 10).tolist())


rng = np.random.RandomState(7)
theano_rng = MRG_RandomStreams(seed=42)
W = theano.shared(rng.normal(scale=0.5, size=(4, 3)), name='W')
hbias = theano.shared(np.zeros(3), name='hbias')
vbias = theano.shared(np.zeros(4), name='vbias')
persistent_chain = theano.shared(np.zeros((2, 4)), name='persistent_chain')
temperature = theano.shared(np.float64(1.0), name='temperature')
beta = T.dscalar('beta')


def gibbs_vhv(v0):
    h_mean = T.nnet.sigmoid(beta * (T.dot(v0, W) + hbias))
    h_sample = theano_rng.binomial(size=h_mean.shape, n=1, p=h_mean, dtype=theano.config.floatX)
    v_mean = T.nnet.sigmoid(beta * (T.dot(h_sample, W.T) + vbias))
    v_sample = theano_rng.binomial(size=v_mean.shape, n=1, p=v_mean, dtype=theano.config.floatX)
    return [h_mean, v_mean, v_sample]


(h_means, v_means, v_samples), updates = theano.scan(
    gibbs_vhv, outputs_info=[None, None, persistent_chain], n_steps=2, name='gibbs_vhv')
updates[persistent_chain] = v_samples[-1]
sample_fn = theano.function([], [v_means[-1], v_samples[-1]], updates=updates,
                            givens={beta: temperature}, name='sample_fn')
mean_field = theano.function([], h_means[-1], givens={beta: temperature},
                             no_default_updates=True, name='mean_field')
for call in range(3):
    means, samples = sample_fn()
    show('means', means)
    show('samples', samples)
    show('chain', persistent_chain.get_value())
    show('mean_field', mean_field())
    print('rstate', [su[0].get_value()[0].tolist() for su in theano_rng.state_updates])
    temperature.set_value(temperature.get_value() * 0.5)
try:
    theano.function([], v_samples[-1], givens={beta: temperature})
    print('compiled without the updates')
except Exception as e:
    print('without updates', type(e).__name__, str(e).splitlines()[0])
