# Covers: stabilising rewrites on compiled graphs: T.log(sigmoid(x)) to -softplus(-x), T.log(1 - sigmoid(x)) to -softplus(x), T.log(1 + T.exp(x)) to softplus, T.log(softmax(M)) to a LogSoftmax node; values at large |x| (no -inf) and debugprint of each compiled function.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
M = T.dmatrix('M')
xv = np.array([-800.0, -2.0, 0.0, 3.0, 800.0])
exprs = [("log_sigmoid", T.log(T.nnet.sigmoid(x))),
         ("log_one_minus_sigmoid", T.log(1 - T.nnet.sigmoid(x))),
         ("log1p_exp", T.log(1 + T.exp(x)))]
for label, e in exprs:
    f = theano.function([x], e, name=label)
    show(label, f(xv))
    theano.printing.debugprint(f)
f = theano.function([M], T.log(T.nnet.softmax(M)), name='log_softmax')
show("log_softmax", f(np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]])))
theano.printing.debugprint(f)
