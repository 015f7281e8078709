# Covers: debugprint of a compiled Hessian-vector product through scan, T.grad(T.sum(T.grad(cost, W) * v), W) of a 3-step tanh recurrence (the first-order gradient loop differentiated again, v a symbolic matrix); values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(0)
W = theano.shared(rng.uniform(-0.5, 0.5, (3, 3)), name='W')
x0 = T.vector('x0')
v = T.matrix('v')
xs, _ = theano.scan(lambda h: T.tanh(T.dot(h, W)), outputs_info=[x0], n_steps=3)
cost = T.sum(xs[-1] ** 2)
g = T.grad(cost, W)
hv = T.grad(T.sum(g * v), W)
f = theano.function([x0, v], [cost, hv])
theano.printing.debugprint(f)
c, r = f(np.array([0.5, -0.2, 0.1]), np.ones((3, 3)))
show("cost", c)
show("hv", np.round(r, 10))
