# Covers: T.grad of a sum of squares through a sigmoid RNN (T.dot(W, h) with W on the left) with respect to the shared weight and the sequence: values, and the uncompiled debugprint of the weight's gradient (the grad_of_scan_fn loop).
import numpy as np
import theano
import theano.tensor as T
x = T.dvector('x')
W = theano.shared(np.array([[0.5, 0.1], [0.2, 0.3]]), name='W')
def step(x_t, h):
    return T.nnet.sigmoid(T.dot(W, h) + x_t)
X = T.dmatrix('X')
hs, _ = theano.scan(step, sequences=X, outputs_info=T.zeros((2,)))
cost = (hs ** 2).sum()
gW = T.grad(cost, W)
gX = T.grad(cost, X)
f = theano.function([X], [cost, gW, gX])
print([np.asarray(a).round(12).tolist() for a in f(np.arange(6.0).reshape(3, 2) / 10)])
theano.printing.debugprint(gW)
