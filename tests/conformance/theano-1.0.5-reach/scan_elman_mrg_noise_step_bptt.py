# Covers: T.grad through a loop whose step draws MRG normals (an Elman RNN over word embeddings with srng.normal noise added to the hidden pre-activation, a softmax output per step, truncate_gradient=3, the loop's updates passed with the SGD updates): Theano's mrg_uniform gradient is undefined for the state and the size, which the loop's gradient meets and leaves out; costs, predictions and a weight over three sentences, and the training function's debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(31)
V, E, H = 5, 2, 3
emb = theano.shared(rng.uniform(-0.5, 0.5, (V, E)), name='emb')
Wx = theano.shared(rng.uniform(-0.5, 0.5, (E, H)), name='Wx')
Wh = theano.shared(rng.uniform(-0.5, 0.5, (H, H)), name='Wh')
Wy = theano.shared(rng.uniform(-0.5, 0.5, (H, V)), name='Wy')
params = [emb, Wx, Wh, Wy]
srng = MRG_RandomStreams(seed=8)
words = T.ivector('words')
targets = T.ivector('targets')


def step(x_t, h_tm1):
    h_t = T.tanh(T.dot(x_t, Wx) + T.dot(h_tm1, Wh) + srng.normal((H,), std=0.01))
    y_t = T.nnet.softmax(T.dot(h_t, Wy))
    return [h_t, y_t]


[h, y], upd = theano.scan(step, sequences=emb[words], outputs_info=[T.zeros(H), None],
                          truncate_gradient=3)
p = y[:, 0, :]
nll = -T.mean(T.log(p)[T.arange(targets.shape[0]), targets])
gs = T.grad(nll, params)
updates = upd.copy()
for prm, g in zip(params, gs):
    updates[prm] = prm - 0.5 * g
train = theano.function([words, targets], nll, updates=updates)
predict = theano.function([words], T.argmax(p, axis=1), updates=upd)
for seq in ([0, 1, 2, 3, 4], [4, 2, 0, 1], [1, 1, 3, 0, 2, 4]):
    s = np.asarray(seq, dtype='int32')
    print("nll", float(train(s[:-1], s[1:])))
    show("pred", predict(s[:-1]))
show("Wh", Wh.get_value())
theano.printing.debugprint(train)
