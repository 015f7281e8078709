# Covers: debugprint of a compiled two-layer dropout MLP (tanh hidden, sigmoid output, shared weights) with depth=3, print_type=True and ids='int', and full debugprint with ids=''.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=14)
W1 = theano.shared(np.linspace(-1, 1, 6).reshape(2, 3), name='W1')
b1 = theano.shared(np.zeros(3), name='b1')
W2 = theano.shared(np.linspace(0.5, -0.5, 3).reshape(3, 1), name='W2')
x = T.dmatrix('x')
h = T.tanh(T.dot(x, W1) + b1)
h = h * srng.binomial(h.shape, p=0.8, dtype='float64')
y = T.nnet.sigmoid(T.dot(h, W2))
f = theano.function([x], y, name='mlp')
theano.printing.debugprint(f, depth=3, print_type=True, ids='int')
print("---")
theano.printing.debugprint(f, ids='')
show("y", f(np.array([[1.0, 0.5], [0.0, -1.0]])))
