# Covers: gradients with random draws: grad of a cost w.r.t. the draw's rng shared variable and w.r.t. a symbolic size (error texts), w.r.t. the draw itself, w.r.t. avg/std of normal and low/high of uniform (reparameterisation: gradients flow through the parameters), a binomial mask multiplying the gradient (masked entries get zero), and the rng advancing once per call of the gradient function.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=36)
w = theano.shared(np.array([1.0, 2.0, 3.0, 4.0]), name='w')
mask = srng.binomial(size=(4,), p=0.5, dtype='float64')
cost = T.sum((w * mask) ** 2)
g = T.grad(cost, w)
f = theano.function([], [g, mask], name='masked_grad')
for call in range(3):
    gv, mv = f()
    show("mask", mv)
    show("grad", gv)
    print("pos", int(mask.rng.get_value().get_state()[2]))
try:
    T.grad(cost, mask.rng)
    print("rng grad no error")
except Exception as e:
    print("wrt rng", type(e).__name__, str(e).splitlines()[0])
k = T.lscalar('k')
u = srng.uniform(size=(k,))
try:
    gk = T.grad(T.sum(u), k)
    print("size grad", type(gk).__name__)
except Exception as e:
    print("wrt size", type(e).__name__, str(e).splitlines()[0])
mu = T.dscalar('mu')
sigma = T.dscalar('sigma')
n = srng.normal(size=(3,), avg=mu, std=sigma)
try:
    gm = T.grad(T.sum(n), mu)
    show("g_avg", theano.function([mu, sigma], gm)(0.0, 1.0))
except Exception as e:
    print("wrt avg", type(e).__name__, str(e).splitlines()[0])
try:
    gd = T.grad(T.sum(mask * 2), mask)
    show("g_draw", theano.function([], gd)())
except Exception as e:
    print("wrt draw", type(e).__name__, str(e).splitlines()[0])
