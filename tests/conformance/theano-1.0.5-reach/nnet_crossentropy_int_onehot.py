# Covers: T.nnet.categorical_crossentropy of softmax(dot(x, W) + b) with int targets and with one-hot targets, the mean NLL via log(p)[arange, y], their gradients w.r.t. W and b (all three agree), and debugprint of the compiled int-target cost and its gradient (CrossentropySoftmaxArgmax1HotWithBias, CrossentropySoftmax1HotWithBiasDx).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
y = T.lvector('y')
Y = T.dmatrix('Y')
W = theano.shared(np.array([[0.2, -0.1, 0.4], [0.3, 0.5, -0.6]]), name='W')
b = theano.shared(np.array([0.0, 0.1, -0.1]), name='b')
p = T.nnet.softmax(T.dot(x, W) + b)
ce_int = T.mean(T.nnet.categorical_crossentropy(p, y))
ce_hot = T.mean(T.nnet.categorical_crossentropy(p, Y))
nll = -T.mean(T.log(p)[T.arange(y.shape[0]), y])
xv = np.array([[1.0, 2.0], [-1.0, 0.5], [0.3, -0.7]])
yv = np.array([2, 0, 1])
Yv = np.eye(3)[yv]
f_int = theano.function([x, y], [ce_int] + T.grad(ce_int, [W, b]), name='ce_int')
f_hot = theano.function([x, Y], [ce_hot] + T.grad(ce_hot, [W, b]), name='ce_hot')
f_nll = theano.function([x, y], [nll] + T.grad(nll, [W, b]), name='nll')
for label, f, t in [("int", f_int, yv), ("onehot", f_hot, Yv), ("nll", f_nll, yv)]:
    c, gW, gb = f(xv, t)
    print(label, float(c))
    show("gW", gW)
    show("gb", gb)
theano.printing.debugprint(theano.function([x, y], ce_int, name='ce_int_cost'))
print("---")
theano.printing.debugprint(f_int)
