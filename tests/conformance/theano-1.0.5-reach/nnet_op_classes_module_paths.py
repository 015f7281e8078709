# Covers: the nnet op classes and op instances scripts import from theano.tensor.nnet and theano.tensor.nnet.nnet (Softmax, SoftmaxWithBias, SoftmaxGrad, LogSoftmax, the fused cross-entropy ops, softmax_op, softmax_grad, logsoftmax_op, softmax_graph, crossentropy_softmax_1hot_with_bias_dx, crossentropy_categorical_1hot_grad): isinstance checks over a compiled dropout classifier's toposort, the ops called directly (values and uncompiled debugprints), softmax_grad against T.grad, and the compiled graph of softmax_graph.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.nnet import (Softmax, SoftmaxWithBias, SoftmaxGrad, LogSoftmax,
                                CrossentropySoftmaxArgmax1HotWithBias,
                                CrossentropySoftmax1HotWithBiasDx, CrossentropyCategorical1Hot,
                                CrossentropyCategorical1HotGrad, softmax_op, softmax_grad,
                                logsoftmax_op, softmax_graph)
from theano.tensor.nnet import nnet as nnet_module
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=4)
x = T.dmatrix('x')
y = T.lvector('y')
W = theano.shared(np.arange(12.0).reshape(4, 3) / 20, name='W')
b = theano.shared(np.zeros(3), name='b')
mask = srng.binomial(size=x.shape, p=0.75, dtype='float64')
p = T.nnet.softmax(T.dot(x * mask, W) + b)
cost = T.mean(T.nnet.categorical_crossentropy(p, y))
gW, gb = T.grad(cost, [W, b])
train = theano.function([x, y], cost, updates=[(W, W - 0.5 * gW), (b, b - 0.5 * gb)])
X = np.arange(8.0).reshape(2, 4) / 9
Y = np.array([2, 0])
show('cost', train(X, Y))
ops = [n.op for n in train.maker.fgraph.toposort()]
for cls in (Softmax, SoftmaxWithBias, SoftmaxGrad, LogSoftmax, CrossentropySoftmaxArgmax1HotWithBias,
            CrossentropySoftmax1HotWithBiasDx, CrossentropyCategorical1Hot,
            CrossentropyCategorical1HotGrad):
    print(cls.__name__, sum(isinstance(op, cls) for op in ops),
          cls is getattr(nnet_module, cls.__name__))
print(softmax_op, logsoftmax_op, softmax_grad)
print(isinstance(softmax_op, Softmax), isinstance(softmax_grad, SoftmaxGrad),
      isinstance(logsoftmax_op, LogSoftmax))

z = T.dmatrix('z')
dy = T.dmatrix('dy')
sm = softmax_op(z)
g = softmax_grad(dy, sm)
theano.printing.debugprint(g)
f = theano.function([dy, z], [sm, g, logsoftmax_op(z)])
Z = np.arange(6.0).reshape(2, 3) / 7
D = np.arange(6.0).reshape(2, 3)[::-1] / 3
for name, v in zip(['sm', 'g', 'logsm'], f(D, Z)):
    show(name, v)
h = theano.function([dy, z], T.grad(T.sum(T.nnet.softmax(z) * dy), z))
print(np.allclose(h(D, Z), f(D, Z)[1]))
sg = softmax_graph(z)
theano.printing.debugprint(sg)
fs = theano.function([z], sg)
show('softmax_graph', fs(Z))
theano.printing.debugprint(fs)
