# Covers: an RBM Gibbs chain run from a Python loop (one compiled v -> h -> v step with two srng.binomial draws, its sample fed back by the caller), srng.seed(234) to restart the chain, saving every stream's RandomState from srng.state_updates with get_value(borrow=False) and restoring it with set_value, a new numpy RandomState set on the hidden draw's own stream (h.owner.inputs[0]), and an MRG stream reseeded with mrg.seed and restored from its state_updates; samples, equalities and the debugprint of the Gibbs step.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams

srng = RandomStreams(seed=234)
v = T.matrix('v')
W = theano.shared(np.random.RandomState(1).normal(0, 0.5, (4, 3)), name='W')
hb = theano.shared(np.zeros(3), name='hb')
vb = theano.shared(np.zeros(4), name='vb')
ph = T.nnet.sigmoid(T.dot(v, W) + hb)
h = srng.binomial(size=ph.shape, n=1, p=ph, dtype='float64')
pv = T.nnet.sigmoid(T.dot(h, W.T) + vb)
v1 = srng.binomial(size=pv.shape, n=1, p=pv, dtype='float64')
gibbs = theano.function([v], [pv, v1])
chain = np.zeros((2, 4))
for i in range(3):
    means, chain = gibbs(chain)
    print(i, np.round(means, 8).tolist(), chain.tolist())
srng.seed(234)
means, again = gibbs(np.zeros((2, 4)))
print('reseeded', again.tolist())
state = [r.get_value(borrow=False) for r, _ in srng.state_updates]
print('n streams', len(srng.state_updates), [type(s).__name__ for s in state])
a = gibbs(np.ones((2, 4)))[1]
for (r, _), s in zip(srng.state_updates, state):
    r.set_value(s, borrow=False)
b = gibbs(np.ones((2, 4)))[1]
print('restored equal', bool(np.array_equal(a, b)))
h_rng = h.owner.inputs[0]
h_rng.set_value(np.random.RandomState(42), borrow=True)
print('new rng', gibbs(np.ones((2, 4)))[1].tolist())
mrg = MRG_RandomStreams(seed=7)
u = mrg.uniform((2, 2))
fu = theano.function([], u)
first = fu()
mrg.seed(7)
print('mrg reseed same', bool(np.array_equal(first, fu())), np.round(first, 8).tolist())
saved = mrg.state_updates[0][0].get_value()
x1 = fu()
mrg.state_updates[0][0].set_value(saved)
print('mrg restore same', bool(np.array_equal(x1, fu())))
theano.printing.debugprint(gibbs)
