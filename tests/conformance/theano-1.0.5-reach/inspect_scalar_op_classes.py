# Covers: the scalar op classes inside Elemwise nodes as a script inspecting a graph meets them: type(node.op.scalar_op), its __name__ and str for the ops of a dropout layer's uncompiled and compiled graphs (Tanh, Add, Mul, Cast, Composite, ScalarSigmoid, Second, Switch, ...), grouped by class name.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
srng = RandomStreams(2)
x = T.dmatrix('x')
W = theano.shared(np.ones((3, 2)) * 0.1, name='W')
mask = srng.binomial(x.shape, p=0.8, dtype='int8')
h = T.nnet.sigmoid(T.dot(x * T.cast(mask, 'float64'), W) + 1)
cost = T.switch(T.gt(h, 0.5), h, -h).sum() + T.sqr(h).mean()
g = T.grad(cost, W)
def scalar_ops(outputs):
    seen = []
    for n in theano.gof.graph.io_toposort(theano.gof.graph.inputs(outputs), outputs):
        if isinstance(n.op, T.elemwise.Elemwise):
            so = n.op.scalar_op
            seen.append((type(so).__name__, str(type(so)), str(so)))
    return sorted(set(seen))
for row in scalar_ops([cost, g]):
    print(row)
f = theano.function([x], [cost, g])
print('compiled')
for n in f.maker.fgraph.toposort():
    if isinstance(n.op, T.elemwise.Elemwise):
        print(type(n.op.scalar_op).__name__, type(n.op.scalar_op), n.op.scalar_op)
