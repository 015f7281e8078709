# Covers: skip-gram with negative sampling as user code writes it: negatives drawn by srng.random_integers(size=(center.shape[0], K)), the output embeddings indexed by that integer matrix (Wout[neg]: the flattened index then a reshape), the update T.inc_subtensor(T.inc_subtensor(uo, -lr * g_uo)[neg], -lr * g_un) (Theano's inc_subtensor of a Reshape increments the flattened rows), costs, the negatives drawn, both embeddings and the training function's debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 8).tolist())


rng = np.random.RandomState(99)
srng = RandomStreams(7)
V, D, K = 6, 2, 2
Win = theano.shared((rng.rand(V, D) - 0.5) / D, name='Win')
Wout = theano.shared(np.zeros((V, D)), name='Wout')
center = T.ivector('center')
context = T.ivector('context')
neg = srng.random_integers(size=(center.shape[0], K), low=0, high=V - 1)
vc = Win[center]
uo = Wout[context]
un = Wout[neg]
pos = T.log(T.nnet.sigmoid(T.sum(vc * uo, axis=1)))
negs = T.sum(T.log(T.nnet.sigmoid(-T.sum(un * vc.dimshuffle(0, 'x', 1), axis=2))), axis=1)
cost = -T.mean(pos + negs)
g_vc, g_uo, g_un = T.grad(cost, [vc, uo, un])
updates = [(Win, T.inc_subtensor(vc, -0.5 * g_vc)),
           (Wout, T.inc_subtensor(T.inc_subtensor(uo, -0.5 * g_uo)[neg], -0.5 * g_un))]
train = theano.function([center, context], [cost, neg], updates=updates)
C = np.array([0, 1, 2], dtype='int32')
O = np.array([1, 2, 3], dtype='int32')
for i in range(3):
    c, n = train(C, O)
    print(i, round(float(c), 8), n.tolist())
show('Win', Win.get_value())
show('Wout', Wout.get_value())
theano.printing.debugprint(train)
