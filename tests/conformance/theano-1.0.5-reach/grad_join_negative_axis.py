# Covers: Joins along a negative constant axis, as LSTM-style code writes them: T.concatenate(axis=-1), T.join(-1, ...) and T.stack(axis=-1) build a Join whose axis Theano counts from 0 (TensorConstant{1} for matrices); a Split along -1 keeps its -1, and its gradient's Join the counted axis; an unused piece's zeros come from the split applied once more (a second Split node in the uncompiled graph); gate activations of a tensor3 split along -1 with their compiled gradient; values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


x = T.dmatrix('x'); y = T.dmatrix('y')
c = T.concatenate([x, y], axis=-1)
theano.printing.debugprint(c)
theano.printing.debugprint(T.join(-1, x, y))
theano.printing.debugprint(T.stack([x, y], axis=-1))
theano.printing.debugprint(T.grad(T.sum(c ** 2), x))
a, b = T.split(x, [1, 2], 2, axis=-1)
theano.printing.debugprint(T.grad(T.sum(a ** 2), x))
f = theano.function([x, y], [c, T.grad(T.sum(a ** 2) + T.sum(b), x)])
for v in f(np.arange(6.0).reshape(2, 3), np.ones((2, 1))):
    show('f', v)
t = T.dtensor3('t')
i, o, g = T.split(t, [1, 1, 2], 3, axis=-1)
h = T.nnet.sigmoid(i) * T.tanh(g.sum(axis=-1, keepdims=True))
k = theano.function([t], [h, T.grad(h.sum(), t)])
for v in k(np.arange(8.0).reshape(1, 2, 4) / 8):
    show('k', v)
theano.printing.debugprint(k)
