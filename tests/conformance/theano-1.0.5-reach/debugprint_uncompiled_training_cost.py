# Covers: debugprint of uncompiled training graphs: the NLL cost of a softmax classifier (-T.mean(T.log(p)[T.arange(y.shape[0]), y])), an L2-regularised cost, the dropout-masked hidden layer with its RandomFunction{binomial} node and the rng shared variable, a T.grad result of a small cost (before rewrites), and debugprint with depth=3 and ids='int'.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(seed=3)
x = T.dmatrix('x')
y = T.ivector('y')
W = theano.shared(np.zeros((3, 2)), name='W')
b = theano.shared(np.zeros(2), name='b')
mask = srng.binomial(size=x.shape, n=1, p=0.5, dtype='float64')
p = T.nnet.softmax(T.dot(x * mask, W) + b)
nll = -T.mean(T.log(p)[T.arange(y.shape[0]), y])
theano.printing.debugprint(nll)
cost = nll + 0.001 * T.sum(W ** 2)
theano.printing.debugprint(cost, depth=3)
theano.printing.debugprint(mask)
v = T.dvector('v')
g = T.grad(T.sum(T.tanh(v) * 2), v)
theano.printing.debugprint(g)
theano.printing.debugprint(cost, ids='int', depth=4)
