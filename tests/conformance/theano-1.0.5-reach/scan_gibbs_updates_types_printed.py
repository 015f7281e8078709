# Covers: a script that prints type() of what it builds, as Theano 1.0.5 names the classes: a Gibbs chain in theano.scan sampling with RandomStreams every step (its updates an OrderedUpdates keyed by the RandomStateSharedVariable), theano.map and theano.reduce results, the TensorSharedVariable weights, the TensorType of the samples, the scan node's op, an MRG_RandomStreams and a RandomStreams, the compiled Function; and the chain's samples over two calls.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams

rs = np.random.RandomState(3)
srng = RandomStreams(seed=17)
mrg = MRG_RandomStreams(seed=18)
W = theano.shared(rs.uniform(-0.5, 0.5, (3, 2)), name='W')
v0 = T.dvector('v0')


def gibbs(v):
    h = srng.binomial(size=(2,), p=T.nnet.sigmoid(T.dot(v, W)), dtype='float64')
    return srng.binomial(size=(3,), p=T.nnet.sigmoid(T.dot(h, W.T)), dtype='float64')


chain, updates = theano.scan(gibbs, outputs_info=v0, n_steps=3)
rows, map_updates = theano.map(lambda r: r.sum(), sequences=chain)
total, red_updates = theano.reduce(lambda r, acc: acc + r, sequences=rows, outputs_info=T.constant(np.float64(0)))
sample = theano.function([v0], [chain, total], updates=updates)
for obj in (updates, map_updates, red_updates, list(updates.keys())[0], W, chain, chain.type, chain.owner.op,
            srng, mrg, sample, total):
    print(type(obj))
print(type(updates).__name__, len(updates), len(map_updates), type(rows), type(total))
for call in range(2):
    c, t = sample(np.array([1.0, 0.0, 1.0]))
    print(call, c.tolist(), float(t))
