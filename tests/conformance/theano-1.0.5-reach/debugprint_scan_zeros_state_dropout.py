# Covers: a compiled relu RNN over a 3-d sequence whose initial state is T.zeros((x.shape[1], 3)) and whose input dropout mask (drawn once, outside the loop, with a symbolic size) is read in every step: Theano's uncanonicalize folds the scan's left-padding dimshuffle of the zeros into the Alloc (local_dimshuffle_alloc).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
rng = np.random.RandomState(4)
srng = RandomStreams(seed=6)
x = T.dtensor3('x')
Wx = theano.shared(rng.randn(2, 3) * 0.4, name='Wx'); Wh = theano.shared(rng.randn(3, 3) * 0.4, name='Wh')
mask = srng.binomial((x.shape[1], x.shape[2]), p=0.9, dtype='float64')
def step(x_t, h_tm1):
    return T.nnet.relu(T.dot(x_t * mask, Wx) + T.dot(h_tm1, Wh))
h0 = T.zeros((x.shape[1], 3))
hs, upd = theano.scan(step, sequences=x, outputs_info=h0)
f = theano.function([x], hs[-1].sum(axis=1), updates=upd)
X = rng.randn(4, 2, 2)
print(f(X)); print(f(X))
theano.printing.debugprint(f)
