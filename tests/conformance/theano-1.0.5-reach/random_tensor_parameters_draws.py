# Covers: draws whose parameters are tensors, as noise layers and samplers write them: srng.normal(size=W.shape, avg=W, std=0.01) for noisy weights, srng.uniform(low=lo, high=hi) with vector bounds and size=(2, 3), srng.binomial(n=counts, p=probs) with an int vector n, srng.random_integers(size=(4,), low=0, high=k) with a symbolic k, srng.multinomial(n=3, pvals=p) with a matrix p, srng.permutation(size=(3,), n=4), srng.choice(size=(2, 2), a=5, replace=False) and MRG's normal with a vector avg and uniform with tensor bounds; values over 2 calls and the stream positions.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=1357)
W = theano.shared(np.array([[0.5, -0.5], [1.0, 2.0]]), name='W')
lo = T.dvector('lo')
hi = T.dvector('hi')
counts = T.lvector('counts')
probs = T.dvector('probs')
k = T.lscalar('k')
p = T.dmatrix('p')
outs = [srng.normal(size=W.shape, avg=W, std=0.01),
        srng.uniform(size=(2, 3), low=lo, high=hi),
        srng.binomial(n=counts, p=probs),
        srng.random_integers(size=(4,), low=0, high=k),
        srng.multinomial(n=3, pvals=p),
        srng.permutation(size=(3,), n=4),
        srng.choice(size=(2, 2), a=5, replace=False)]
f = theano.function([lo, hi, counts, probs, k, p], outs)
args = (np.array([0.0, 1.0, -1.0]), np.array([1.0, 3.0, 0.0]), np.array([5, 10, 1]),
        np.array([0.2, 0.5, 0.9]), 7, np.array([[0.2, 0.3, 0.5], [0.9, 0.05, 0.05]]))
for call in range(2):
    for o in f(*args):
        show("rs", o)
for r, u in srng.state_updates:
    print("pos", r.get_value().get_state()[2])
mrg = MRG_RandomStreams(seed=2468)
avg = T.dvector('avg')
g = theano.function([avg, lo, hi], [mrg.normal(size=(2, 3), avg=avg, std=0.5), mrg.uniform(size=(3,), low=lo, high=hi)])
for call in range(2):
    for o in g(np.array([0.0, 10.0, -10.0]), np.array([0.0, 1.0, -1.0]), np.array([1.0, 3.0, 0.0])):
        show("mrg", o)
