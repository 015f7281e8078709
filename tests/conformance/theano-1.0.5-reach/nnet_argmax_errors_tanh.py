# Covers: classifier evaluation ops: T.argmax(p, axis=1), T.mean(T.neq(y_pred, y)) error rate with int32 targets, T.max/argmax together, T.tanh hidden layer and T.mean(T.log(.)); output dtypes (int64 argmax, float64 mean of bool) and debugprint of the compiled error function (argmax of softmax(tanh(.)) rewritten to argmax of the dot).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
y = T.ivector('y')
W = theano.shared(np.array([[1.0, -1.0, 0.5], [0.5, 2.0, -1.0]]), name='W')
h = T.tanh(T.dot(x, W))
p = T.nnet.softmax(h)
y_pred = T.argmax(p, axis=1)
err = T.mean(T.neq(y_pred, y))
f = theano.function([x, y], [y_pred, err, T.max(p, axis=1), T.mean(T.log(T.max(p, axis=1)))], name='errors')
xv = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, -1.0], [2.0, 0.5]])
yv = np.array([0, 1, 2, 1], dtype='int32')
for name, val in zip(["y_pred", "err", "p_max", "mean_log_pmax"], f(xv, yv)):
    show(name, val)
theano.printing.debugprint(theano.function([x, y], err, name='err_only'))
