# Covers: a REINFORCE-style policy update: actions sampled by srng.multinomial(n=1, pvals=softmax(...)) and read by T.argmax, log-probabilities of the sampled actions weighted by rewards, T.grad with consider_constant=[actions], the weight update in the same function; actions and losses over 3 steps, and srng.random_integers draws.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
srng = RandomStreams(seed=17)
rng = np.random.RandomState(0)
s = T.dmatrix('s')
W = theano.shared(rng.randn(3, 4) * 0.1, name='W')
probs = T.nnet.softmax(T.dot(s, W))
actions_onehot = srng.multinomial(n=1, pvals=probs)
actions = T.argmax(actions_onehot, axis=1)
rewards = T.dvector('rewards')
logp = T.log(probs)[T.arange(actions.shape[0]), actions]
loss = -T.mean(logp * rewards)
gW = T.grad(loss, W, consider_constant=[actions])
step = theano.function([s, rewards], [actions, loss], updates=[(W, W - 0.1 * gW)])
S = rng.randn(5, 3)
for i in range(3):
    act, l = step(S, np.arange(5.0))
    print(i, act.tolist(), repr(float(l)))
ri = srng.random_integers(size=(4,), low=0, high=3)
f = theano.function([], ri)
print(f().tolist(), f().tolist())
