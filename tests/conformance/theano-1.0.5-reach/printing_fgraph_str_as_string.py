# Covers: str(f.maker.fgraph) and print(f.maker.fgraph), Theano's gof.graph.as_string of the compiled graph: each output written as op(arguments) down to the inputs and constants, a node read twice written out once as '*n -> op(...)' and '*n' after (Theano numbers those from a set, so the numbers change from run to run and are blanked here), for FAST_RUN and FAST_COMPILE functions of a dropout layer, shared subexpressions, two outputs of one node, a softmax regression step with updates and a scan.
import re
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(label, f):
    print(label)
    print('   ', re.sub(r'\*\d+', '*n', str(f.maker.fgraph)))


srng = RandomStreams(3)
x = T.dmatrix('x')
y = T.ivector('y')
W = theano.shared(np.ones((3, 2)) * 0.1, name='W')
b = theano.shared(np.zeros(2), name='b')
mask = srng.binomial(size=(3,), p=0.5, dtype='float64')
h = T.tanh(T.dot(x * mask, W) + b)
show('dropout', theano.function([x], h))
show('dropout fast_compile', theano.function([x], h, mode='FAST_COMPILE'))
a = T.exp(x)
c = T.log(a * 2) + (a * 2).sum() + a.mean()
show('shared subexpressions', theano.function([x], [c, a * 2]))
show('max and argmax', theano.function([x], [T.max(x, axis=1), T.argmax(x, axis=1)]))
p = T.nnet.softmax(T.dot(x, W) + b)
cost = -T.mean(T.log(p)[T.arange(y.shape[0]), y])
gW, gb = T.grad(cost, [W, b])
step = theano.function([x, y], cost, updates=[(W, W - 0.1 * gW), (b, b - 0.1 * gb)])
show('softmax regression step', step)
print(np.round(step(np.ones((2, 3)), np.array([0, 1], dtype='int32')), 8))
v = T.dvector('v')
out, _ = theano.scan(lambda a, acc: acc + a * 2, sequences=v, outputs_info=T.as_tensor_variable(np.float64(0.0)))
show('scan', theano.function([v], out[-1]))
print(str(theano.function([v], v + 1, mode='FAST_COMPILE').maker.fgraph))
