# Covers: a compiled MRG Gibbs chain (MRG_RandomStreams.binomial with size=ph.shape inside a scan of n_steps=k): the second draw's size reads the shape of the first draw's output (mrg_uniform has no shape inference in Theano), so its rows are Shape_i{0} of the first mrg_uniform.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams
rng = np.random.RandomState(3)
mrg = MRG_RandomStreams(seed=9)
W = theano.shared(rng.randn(4, 3) * 0.2, name='W')
bv = theano.shared(np.zeros(4), name='bv'); bh = theano.shared(np.zeros(3), name='bh')
v0 = T.dmatrix('v0'); k = T.iscalar('k')
def gibbs(v):
    ph = T.nnet.sigmoid(T.dot(v, W) + bh)
    h = mrg.binomial(size=ph.shape, n=1, p=ph, dtype='float64')
    pv = T.nnet.sigmoid(T.dot(h, W.T) + bv)
    return mrg.binomial(size=pv.shape, n=1, p=pv, dtype='float64')
chain, upd = theano.scan(gibbs, outputs_info=v0, n_steps=k)
f = theano.function([v0, k], chain[-1], updates=upd)
V = (rng.rand(2, 4) > 0.5).astype('float64')
print(f(V, 2)); print(f(V, 3))
theano.printing.debugprint(f)
