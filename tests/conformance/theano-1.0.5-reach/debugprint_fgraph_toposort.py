# Covers: looking inside compiled functions the way users do: f.maker.fgraph.toposort() (each node's op printed with str()), len of the toposort, f.maker.fgraph.inputs and outputs (their types), [n for n in toposort if isinstance(n.op, T.Elemwise)], debugprint(f.maker.fgraph.outputs[0]) and theano.printing.debugprint of a function with a dropout mask and updates, for an MLP forward pass and its SGD training function.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams

srng = RandomStreams(seed=12)
x = T.dmatrix('x')
W = theano.shared(np.array([[0.1, -0.2], [0.3, 0.4], [-0.5, 0.6]]), name='W')
b = theano.shared(np.zeros(2), name='b')
mask = srng.binomial(size=(2,), n=1, p=0.8, dtype='float64')
h = T.tanh(T.dot(x, W) + b) * mask
cost = T.sum(h ** 2)
forward = theano.function([x], h, name='forward')
topo = forward.maker.fgraph.toposort()
print("forward nodes", len(topo))
for node in topo:
    print(" ", node.op, [str(i.type) for i in node.inputs])
print("inputs", [str(i.type) for i in forward.maker.fgraph.inputs])
print("outputs", [str(o.type) for o in forward.maker.fgraph.outputs])
print("elemwise", len([n for n in topo if isinstance(n.op, T.Elemwise)]))
theano.printing.debugprint(forward.maker.fgraph.outputs[0])
gW, gb = T.grad(cost, [W, b])
train = theano.function([x], cost, updates=[(W, W - 0.1 * gW), (b, b - 0.1 * gb)], name='train')
topo = train.maker.fgraph.toposort()
print("train nodes", len(topo))
for node in topo:
    print(" ", node.op)
theano.printing.debugprint(train)
