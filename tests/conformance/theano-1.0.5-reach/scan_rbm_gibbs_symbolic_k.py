# Covers: a Gibbs chain whose length is a symbolic input: theano.scan over gibbs_vhv with n_steps=k for k = T.iscalar, srng.binomial(size=mean.shape, n=1, p=mean, dtype=floatX) at both half-steps, the chain compiled with updates (the two streams advance k times per call) and run with k = 1, 2, 3; the last sample, the mean-field and the positions after each call.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


floatX = theano.config.floatX
srng = RandomStreams(seed=1001)
W = theano.shared(np.asarray([[0.5, -1.0], [1.5, 0.2], [-0.3, 0.8]], dtype=floatX), name='W')
vb = theano.shared(np.asarray([0.1, -0.1, 0.0], dtype=floatX), name='vb')
hb = theano.shared(np.asarray([0.0, 0.2], dtype=floatX), name='hb')


def gibbs_vhv(v0):
    h_mean = T.nnet.sigmoid(T.dot(v0, W) + hb)
    h = srng.binomial(size=h_mean.shape, n=1, p=h_mean, dtype=floatX)
    v_mean = T.nnet.sigmoid(T.dot(h, W.T) + vb)
    v = srng.binomial(size=v_mean.shape, n=1, p=v_mean, dtype=floatX)
    return v_mean, v


v_in = T.matrix('v_in')
k = T.iscalar('k')
[means, samples], updates = theano.scan(gibbs_vhv, outputs_info=[None, v_in], n_steps=k)
sample = theano.function([v_in, k], [means[-1], samples[-1]], updates=updates, name='sample')
v0 = np.asarray([[1, 0, 1], [0, 1, 0]], dtype=floatX)
for kk in [1, 2, 3]:
    m, s = sample(v0, kk)
    show("mean", m)
    show("sample", s)
    print("positions", [int(r.get_value().get_state()[2]) for r, u in srng.state_updates])
