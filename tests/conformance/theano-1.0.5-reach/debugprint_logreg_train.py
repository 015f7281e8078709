# Covers: debugprint of the compiled SGD training function of logistic regression (softmax + NLL via log(p)[arange, y]): the cost, the in-place parameter updates (Gemm / CrossentropySoftmax1HotWithBiasDx), and ids='int'.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
y = T.ivector('y')
W = theano.shared(np.zeros((3, 2)), name='W')
b = theano.shared(np.zeros(2), name='b')
p_y_given_x = T.nnet.softmax(T.dot(x, W) + b)
nll = -T.mean(T.log(p_y_given_x)[T.arange(y.shape[0]), y])
g_W, g_b = T.grad(nll, [W, b])
train = theano.function([x, y], nll, updates=[(W, W - 0.1 * g_W), (b, b - 0.1 * g_b)], name='train')
theano.printing.debugprint(train, ids='int')
print("loss", float(train(np.array([[1.0, 0.0, -1.0], [0.5, 0.5, 0.5]]), np.array([1, 0], dtype='int32'))))
