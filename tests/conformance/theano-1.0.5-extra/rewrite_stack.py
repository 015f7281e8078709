# Covers: T.stack of random vectors (axis 0 and axis=1), of random scalars (size=()), and of a draw with an input vector; the compiled Join/MakeVector form.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=407)
u = srng.uniform((3,))
n = srng.normal((3,))
s1 = srng.uniform(())
s2 = srng.normal(())
x = T.dvector('x')
f = theano.function([x], [T.stack([u, n]), T.stack([u, x], axis=1), T.stack([s1, s2, s1 + s2])], name='f')
theano.printing.debugprint(f)
for name, r in zip(["stack0", "stack1", "scalars"], f(np.array([1.0, 2.0, 3.0]))):
    show(name, r)
