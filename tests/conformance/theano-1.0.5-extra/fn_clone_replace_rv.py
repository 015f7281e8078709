# Covers: theano.clone of an expression with a random draw, with replace={x: 2 * x} and replace of the draw by another stream's draw; compiled clones share the original rng (the clone's RandomFunction merges with the default update's).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=27)
x = T.dvector('x')
u = srng.uniform((3,))
n = srng.normal((3,))
y = x * u
y2 = theano.clone(y, replace={x: 2 * x})
y3 = theano.clone(y, replace={u: n})
f = theano.function([x], [y, y2], name='f')
g = theano.function([x], y3, name='g')
xv = np.array([1.0, 2.0, 3.0])
a, b = f(xv)
show("y", a)
show("y2", b)
print("y2 == 2*y", bool(np.allclose(b, 2 * a)))
show("y3", g(xv))
a, b = f(xv)
show("y_again", a)
theano.printing.debugprint(f)
theano.printing.debugprint(g)
