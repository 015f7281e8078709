# Covers: a character-model sampling loop as users write it: logits from a shared weight matrix, T.nnet.softmax(logits / temperature) with a symbolic temperature, srng.multinomial(pvals=p) one-hot samples, T.argmax(sample, axis=1) as the next index fed back from Python, a second function drawing srng.choice of indices with those probabilities' first row, srng.permutation(n=5) and srng.random_integers(size=(3,), low=0, high=4) in the same function; the samples over 4 steps and the streams' positions.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=5150)
W = theano.shared(np.array([[0.5, -0.2, 0.1, 0.3], [0.0, 0.4, -0.3, 0.2], [0.2, 0.1, 0.6, -0.5],
                            [-0.4, 0.3, 0.0, 0.1]]), name='W')
idx = T.lvector('idx')
temperature = T.dscalar('temperature')
p = T.nnet.softmax(W[idx] / temperature)
sample = srng.multinomial(pvals=p)
nxt = T.argmax(sample, axis=1)
step = theano.function([idx, temperature], [p, sample, nxt], name='step')
cur = np.array([0, 2])
for t in range(4):
    pv, s, cur = step(cur, 0.5 + 0.5 * t)
    show("p%d" % t, pv)
    show("sample%d" % t, s)
    show("next%d" % t, cur)
pick = srng.choice(size=(4,), a=4, p=p[0])
perm = srng.permutation(n=5)
ints = srng.random_integers(size=(3,), low=0, high=4)
draws = theano.function([idx, temperature], [pick, perm, ints], name='draws')
for t in range(2):
    a, b, c = draws(np.array([1]), 1.0)
    show("choice", a)
    show("perm", b)
    show("ints", c)
for r, u in srng.state_updates:
    print("pos", r.get_value().get_state()[2])
