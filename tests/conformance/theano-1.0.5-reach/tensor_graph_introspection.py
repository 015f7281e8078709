# Covers: looking at graphs the way users debug them: a variable's type, ndim, dtype and broadcastable, T.TensorType built by hand and called, T.col/T.row patterns, owner.op / owner.inputs / owner.outputs of an expression, naming a result, theano.gof.graph.inputs of a cost, isinstance checks against theano.tensor.TensorVariable / TensorConstant / theano.compile.SharedVariable, a shared variable's type and get_value(borrow=True) identity, f.maker.fgraph.inputs/outputs, and Variable.eval with a dict.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
c = T.TensorType('float64', (False, True))('c')
r = T.row('r')
print(x.type, x.ndim, x.dtype, x.broadcastable)
print(c.type, c.broadcastable, r.broadcastable, r.dtype)
y = T.tanh(x + c) * 2
y.name = 'y'
print(y, y.owner.op, [str(i) for i in y.owner.inputs], [str(o) for o in y.owner.outputs])
print(y.owner.inputs[0].owner.op, y.owner.inputs[0].owner.inputs[0].owner.op)
print(isinstance(y, T.TensorVariable), isinstance(T.constant(1.0), T.TensorConstant))
w = theano.shared(np.ones((2, 2)), name='w')
print(isinstance(w, theano.compile.SharedVariable), w.type, w.broadcastable)
inner = w.get_value(borrow=True)
print(inner is w.get_value(borrow=True), inner is w.get_value())
cost = (y * w).sum()
print([str(v) for v in theano.gof.graph.inputs([cost])])
f = theano.function([x, c], cost)
print([str(v) for v in f.maker.fgraph.inputs], [str(o.type) for o in f.maker.fgraph.outputs])
show('eval', y.eval({x: np.zeros((2, 2)), c: np.ones((2, 1))}))
show('eval_cost', cost.eval({x: np.zeros((2, 2)), c: np.ones((2, 1))}))
print(T.dscalar().type, T.lvector().type, T.bmatrix('bm').dtype, T.tensor3('t3').ndim)
