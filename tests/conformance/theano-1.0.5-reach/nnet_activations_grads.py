# Covers: T.nnet.sigmoid, T.nnet.softplus, T.nnet.relu (alpha=0 and leaky alpha=0.1), T.tanh, T.nnet.softmax on a matrix and a vector row; values and gradients of each w.r.t. the input, including relu at exactly 0 and large |x| for sigmoid/softplus.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
xv = np.array([-40.0, -1.5, 0.0, 0.5, 3.0, 40.0])
acts = [("sigmoid", T.nnet.sigmoid(x)), ("softplus", T.nnet.softplus(x)), ("relu", T.nnet.relu(x)),
        ("leaky_relu", T.nnet.relu(x, alpha=0.1)), ("tanh", T.tanh(x))]
for label, a in acts:
    f = theano.function([x], [a, T.grad(T.sum(a * np.arange(1.0, 7.0)), x)], name=label)
    val, g = f(xv)
    show(label, val)
    show("d" + label, g)
M = T.dmatrix('M')
Mv = np.array([[1.0, 2.0, 3.0], [-1.0, 0.0, 1000.0]])
sm = T.nnet.softmax(M)
f = theano.function([M], [sm, T.grad(T.sum(sm * np.array([1.0, 2.0, 3.0])), M)], name='softmax')
val, g = f(Mv)
show("softmax", val)
show("dsoftmax", g)
