# Covers: a Gibbs chain of a small RBM drawn with MRG_RandomStreams inside theano.scan (h ~ binomial(sigmoid(v W + hb)), v ~ binomial(sigmoid(h W.T + vb)), n=1, dtype floatX), outputs_info [None, None, v0] over n_steps=3, the scan's updates passed to function() so the MRG state moves every call, and a second function compiled without them (MissingInputError: the MRG draws' default updates refer to the step's sizes) then with no_default_updates=True (the chain repeats); the chain's samples and mean-fields over 2 calls each.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = MRG_RandomStreams(seed=77)
W = theano.shared(np.array([[0.5, -0.5, 0.2], [0.1, 0.3, -0.6], [-0.2, 0.4, 0.8], [0.7, -0.1, 0.0]]), name='W')
hb = theano.shared(np.zeros(3), name='hb')
vb = theano.shared(np.zeros(4), name='vb')
v0 = T.dmatrix('v0')


def gibbs_vhv(v):
    h_mean = T.nnet.sigmoid(T.dot(v, W) + hb)
    h = srng.binomial(size=h_mean.shape, n=1, p=h_mean, dtype=theano.config.floatX)
    v_mean = T.nnet.sigmoid(T.dot(h, W.T) + vb)
    v_new = srng.binomial(size=v_mean.shape, n=1, p=v_mean, dtype=theano.config.floatX)
    return h_mean, v_mean, v_new


(h_means, v_means, vs), updates = theano.scan(gibbs_vhv, outputs_info=[None, None, v0], n_steps=3)
chain = theano.function([v0], [v_means[-1], vs], updates=updates, name='chain')
try:
    frozen = theano.function([v0], vs[-1], name='frozen')
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])
    frozen = theano.function([v0], vs[-1], no_default_updates=True, name='frozen')
start = np.array([[1.0, 0.0, 1.0, 0.0], [0.0, 1.0, 1.0, 1.0]])
for call in range(2):
    m, s = chain(start)
    show("v_mean", m)
    show("vs", s)
for call in range(2):
    show("frozen", frozen(start))
print("updates", len(updates))
