# Covers: a GRU language model over one-hot characters written with theano.scan: update and reset gates from one stacked weight matrix sliced per gate, the hidden state fed back through outputs_info, softmax outputs over the sequence, the cross-entropy of next-character targets, gradients through the loop for every parameter with gradient-norm clipping (T.switch on the norm), an MRG dropout mask on the inputs drawn once per call outside the loop, and three SGD steps whose losses and parameter norms are printed.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(11)
n_in, n_h = 4, 3


def param(shape, name):
    return theano.shared(rng.uniform(-0.5, 0.5, shape), name=name)


W = param((n_in, 3 * n_h), 'W')
U = param((n_h, 2 * n_h), 'U')
Uh = param((n_h, n_h), 'Uh')
b = theano.shared(np.zeros(3 * n_h), name='b')
V = param((n_h, n_in), 'V')
c = theano.shared(np.zeros(n_in), name='c')
params = [W, U, Uh, b, V, c]
srng = MRG_RandomStreams(seed=99)
x = T.dmatrix('x')
y = T.lvector('y')
keep = srng.binomial(size=x.shape, p=0.9, dtype='float64')
x_drop = x * keep / 0.9


def step(x_t, h_prev):
    pre = T.dot(x_t, W) + b
    gates = T.nnet.sigmoid(pre[:2 * n_h] + T.dot(h_prev, U))
    z, r = gates[:n_h], gates[n_h:]
    h_tilde = T.tanh(pre[2 * n_h:] + T.dot(r * h_prev, Uh))
    h = (1 - z) * h_prev + z * h_tilde
    return h, T.nnet.softmax(T.dot(h, V) + c)[0]


(hs, probs), _ = theano.scan(step, sequences=x_drop, outputs_info=[T.zeros((n_h,)), None])
loss = T.nnet.categorical_crossentropy(probs, y).mean()
grads = T.grad(loss, params)
norm = T.sqrt(sum((g ** 2).sum() for g in grads))
scale = T.switch(T.gt(norm, 1.0), 1.0 / norm, 1.0)
updates = [(p, p - 0.5 * g * scale) for p, g in zip(params, grads)]
train = theano.function([x, y], [loss, norm], updates=updates)
predict = theano.function([x], probs.argmax(axis=1), givens={keep: T.ones_like(x) * 0.9})
text = [0, 1, 2, 3, 2, 1, 0]
onehot = np.eye(n_in)[text[:-1]]
targets = np.array(text[1:])
for it in range(3):
    l, n = train(onehot, targets)
    print('step', it, repr(float(l)), repr(float(n)))
show('predict', predict(onehot))
print([round(float(np.abs(p.get_value()).sum()), 10) for p in params])
