# Covers: debugprint of compiled gradients of nnet ops: grad of sum(softmax(M) * C) (SoftmaxGrad), of sum(sigmoid(x)) and of sum(softplus(x)) (fused Composites with scalar_sigmoid), and of sum(relu(x)); values.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


M = T.dmatrix('M')
x = T.dvector('x')
C = np.array([[1.0, 0.0, 2.0], [0.5, 0.5, -1.0]])
f1 = theano.function([M], T.grad(T.sum(T.nnet.softmax(M) * C), M), name='g_softmax')
theano.printing.debugprint(f1)
show("g_softmax", f1(np.array([[0.1, 0.2, 0.3], [1.0, -1.0, 0.0]])))
for label, e in [("g_sigmoid", T.nnet.sigmoid(x)), ("g_softplus", T.nnet.softplus(x)), ("g_relu", T.nnet.relu(x))]:
    f = theano.function([x], T.grad(T.sum(e), x), name=label)
    theano.printing.debugprint(f)
    show(label, f(np.array([-1.0, 0.0, 2.0])))
