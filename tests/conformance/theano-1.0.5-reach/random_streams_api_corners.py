# Covers: RandomStreams API corners: symbolic avg/std/low/high, binomial with p a tensor and no size, srng.updates() and state_updates, srng.gen, theano.clone of a graph with a draw, f.copy() sharing the stream, givens replacing an input of a draw's parameters, normal with a size given as a list containing a symbolic dimension.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=17)
mu = T.dvector('mu')
sd = T.dscalar('sd')
n = T.lscalar('n')
a = srng.normal(size=(3,), avg=mu, std=sd)
b = srng.uniform(size=(3,), low=mu, high=mu + 1)
p = T.dvector('p')
c = srng.binomial(n=1, p=p, size=p.shape)
d = srng.normal(size=[n, 2])
f = theano.function([mu, sd, p, n], [a, b, c, d])
for v in f(np.array([0.0, 10.0, -10.0]), 0.5, np.array([0.1, 0.5, 0.9]), 2):
    show('v', v)
print(len(srng.updates()), len(srng.state_updates))
print([type(u[0]).__name__ for u in srng.updates()])
e = srng.gen(theano.tensor.raw_random.uniform, size=(2,))
show('gen', theano.function([], e)())
x = T.dvector('x')
y = x + srng.uniform((3,))
y2 = theano.clone(y, replace={x: x * 10})
g = theano.function([x], [y, y2])
for v in g(np.ones(3)):
    show('clone', v)
h = theano.function([x], y)
h2 = h.copy()
show('h', h(np.zeros(3)))
show('h2', h2(np.zeros(3)))
show('h', h(np.zeros(3)))
z = T.dvector('z')
k = theano.function([z], y, givens={x: z * 2})
show('k', k(np.ones(3)))
