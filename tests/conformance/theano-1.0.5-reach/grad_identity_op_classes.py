# Covers: the gradient-only identities as objects a script inspects: type(...), type(...).__name__ and str of the ops zero_grad, consider_constant, disconnected_grad, undefined_grad, grad_clip and grad_scale build (one Theano class each, theano.gradient.*), that they are view ops the compiled graph drops, and the gradients they give a small dropout cost.
import numpy as np
import theano
import theano.tensor as T
import theano.gradient as G
from theano.tensor.shared_randomstreams import RandomStreams

x = T.dvector('x')
outs = [G.zero_grad(x), G.consider_constant(x), G.disconnected_grad(x), G.undefined_grad(x),
        G.grad_clip(x, -0.5, 0.5), G.grad_scale(x, 3.0)]
for o in outs:
    op = o.owner.op
    print(type(op), type(op).__name__, str(op), op.view_map, isinstance(op, theano.compile.ViewOp))
f = theano.function([x], [o * 2 for o in outs[:3]] + [outs[4] + outs[5]])
print([type(n.op).__name__ for n in f.maker.fgraph.toposort()])
srng = RandomStreams(9)
mask = srng.binomial((3,), p=0.5, dtype='float64')
for label, o in [('clip', outs[4]), ('scale', outs[5]), ('zero', outs[0]), ('const', outs[1])]:
    cost = T.sum((o * mask) ** 2) + T.sum(x)
    g = theano.function([x], T.grad(cost, x))
    print(label, g(np.array([1.0, -2.0, 3.0])).tolist())
