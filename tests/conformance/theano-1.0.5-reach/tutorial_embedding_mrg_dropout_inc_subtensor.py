# Covers: an embedding lookup E[idx] with MRG dropout (binomial of the lookup's symbolic shape, times 2), a softmax NLL whose rows are T.arange(idx.shape[0]) while the labels are another ivector (Theano then keeps LogSoftmax and SoftmaxGrad: the fused cross-entropy needs arange of the labels' own length), the sparse update T.inc_subtensor(E[idx], -lr * grad wrt the lookup), T.grad wrt E, set_subtensor and inc_subtensor of E[idx], and the compiled gradient's debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 8).tolist())


rng = np.random.RandomState(21)
srng = MRG_RandomStreams(42)
E = theano.shared(rng.normal(0, 0.1, (5, 3)), name='E')
U = theano.shared(rng.normal(0, 0.1, (3, 5)), name='U')
idx = T.ivector('idx')
tgt = T.ivector('tgt')
emb = E[idx]
d = emb * srng.binomial(emb.shape, p=0.5, dtype='float64') * 2.
p = T.nnet.softmax(T.dot(d, U))
cost = -T.mean(T.log(p)[T.arange(idx.shape[0]), tgt])
gemb, gU = T.grad(cost, [emb, U])
upd = [(E, T.inc_subtensor(emb, -0.5 * gemb)), (U, U - 0.5 * gU)]
train = theano.function([idx, tgt], cost, updates=upd)
gE = T.grad(cost, E)
fgE = theano.function([idx, tgt], gE)
I = np.array([0, 2, 2, 4], dtype='int32')
Tg = np.array([1, 3, 0, 2], dtype='int32')
for i in range(3):
    print(i, round(float(train(I, Tg)), 8))
show('E', E.get_value())
show('gE', fgE(I, Tg))
f2 = theano.function([idx], T.set_subtensor(E[idx], 0.)[1:])
show('set', f2(np.array([1, 3], dtype='int32')))
f3 = theano.function([idx], T.inc_subtensor(E[idx], T.ones((idx.shape[0], 3))))
show('adv', f3(np.array([1, 1, 3], dtype='int32')))
theano.printing.debugprint(fgE)
