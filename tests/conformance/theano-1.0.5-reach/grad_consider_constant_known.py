# Covers: T.grad options: consider_constant (one factor held constant, a whole subexpression held), known_grads alone (cost=None) and with a cost, wrt given as a list and as a single variable (returns a list vs a variable), and theano.grad as the same function.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
y = T.dvector('y')
xv = np.array([1.0, 2.0, -1.0])
yv = np.array([0.5, -0.5, 2.0])
h = x * y
c = T.sum(h * x)
show("full", theano.function([x, y], T.grad(c, x))(xv, yv))
show("const_h", theano.function([x, y], T.grad(c, x, consider_constant=[h]))(xv, yv))
show("const_y", theano.function([x, y], T.grad(c, x, consider_constant=[y]))(xv, yv))
z = T.tanh(x)
g_known = T.grad(None, x, known_grads={z: T.ones_like(z) * 2})
show("known_only", theano.function([x], g_known)(xv))
g_known_cost = T.grad(T.sum(x ** 2), x, known_grads={z: y})
show("known_and_cost", theano.function([x, y], g_known_cost)(xv, yv))
single = T.grad(c, x)
several = T.grad(c, [x])
print("single", type(single).__name__, "list", type(several).__name__, len(several))
print("theano.grad is T.grad", theano.grad is T.grad)
show("theano_grad", theano.function([x, y], theano.grad(c, wrt=y))(xv, yv))
