# Covers: the checks the fused cross-entropy ops make when called (recorded): CrossentropySoftmaxArgmax1HotWithBias refuses a bias of another length, a target vector of another length than the rows and a negative target (a target past the last column is numpy's IndexError), through -mean(log(softmax(x))[arange(n), y]), categorical_crossentropy with and without a bias and called directly; CrossentropySoftmax1HotWithBiasDx (the compiled gradient) refuses a negative target, reads only as many targets as rows and broadcasts a one-element dy.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.nnet import crossentropy_softmax_argmax_1hot_with_bias, crossentropy_softmax_1hot_with_bias_dx

x = T.dmatrix('x')
idx = T.lvector('idx')
b = T.dvector('b')
for name, out in [("nll", -T.mean(T.log(T.nnet.softmax(x))[T.arange(idx.shape[0]), idx])),
                  ("cce", T.nnet.categorical_crossentropy(T.nnet.softmax(x), idx).mean()),
                  ("cce_bias", T.nnet.categorical_crossentropy(T.nnet.softmax(x + b), idx).mean()),
                  ("grad", T.grad(T.nnet.categorical_crossentropy(T.nnet.softmax(x), idx).mean(), x))]:
    f = theano.function([x, idx, b], out, on_unused_input='ignore')
    for xi, ii in [(np.ones((2, 3)), np.array([0, 1, 2])), (np.ones((2, 3)), np.array([0, 5])), (np.ones((2, 3)), np.array([0, -1]))]:
        try:
            print(name, np.round(f(xi, ii, np.zeros(3)), 6).tolist())
        except Exception as e:
            print(name, type(e).__name__, str(e).splitlines()[0])
dy = T.dvector('dy')
sm = T.dmatrix('sm')
f = theano.function([x, b, idx], crossentropy_softmax_argmax_1hot_with_bias(x, b, idx))
g = theano.function([dy, sm, idx], crossentropy_softmax_1hot_with_bias_dx(dy, sm, idx))
for args in [(np.ones((2, 3)), np.zeros(2), np.array([0, 1])), (np.ones((2, 3)), np.zeros(3), np.array([0, 1, 1])), (np.ones((2, 3)), np.zeros(3), np.array([0, -2]))]:
    try:
        print([np.round(o, 6).tolist() for o in f(*args)])
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])
for args in [(np.ones(3), np.ones((2, 3)) / 3, np.array([0, 1])), (np.ones(2), np.ones((2, 3)) / 3, np.array([0, 1, 2])), (np.ones(2), np.ones((2, 3)) / 3, np.array([0])), (np.ones(2), np.ones((2, 3)) / 3, np.array([0, -1])), (np.ones(1), np.ones((2, 3)) / 3, np.array([0, 1]))]:
    try:
        print(np.round(g(*args), 6).tolist())
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])
