# Covers: word embeddings looked up by an ivector (AdvancedSubtensor1), negative samples from srng.random_integers, a skip-gram style logistic loss, sparse SGD updates with T.inc_subtensor on the looked-up rows, and srng.permutation to shuffle an epoch.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(4)
srng = RandomStreams(seed=21)
V, D = 6, 3
E = theano.shared(rng.normal(0, 0.1, (V, D)), name='E')
C = theano.shared(rng.normal(0, 0.1, (V, D)), name='C')
center = T.ivector('center')
context = T.ivector('context')
neg = srng.random_integers(size=(center.shape[0], 2), low=0, high=V - 1)
e = E[center]
pos_score = T.sum(e * C[context], axis=1)
neg_score = T.sum(e.dimshuffle(0, 'x', 1) * C[neg], axis=2)
loss = -T.mean(T.log(T.nnet.sigmoid(pos_score))) - T.mean(T.sum(T.log(T.nnet.sigmoid(-neg_score)), axis=1))
g_e, g_E, g_C = T.grad(loss, [e, E, C])
train = theano.function([center, context], [loss, neg],
                        updates=[(E, T.inc_subtensor(e, -0.5 * g_e)), (C, C - 0.5 * g_C)])
order = theano.function([], srng.permutation(n=4))
pairs_c = np.array([0, 1, 2, 3], dtype='int32')
pairs_x = np.array([1, 2, 3, 4], dtype='int32')
for epoch in range(2):
    perm = order()
    show('perm', perm)
    l, n = train(pairs_c[perm], pairs_x[perm])
    print('loss', float(l))
    show('neg', n)
show('E', E.get_value())
print(float(T.grad(loss, E).sum().eval({center: pairs_c, context: pairs_x})))
