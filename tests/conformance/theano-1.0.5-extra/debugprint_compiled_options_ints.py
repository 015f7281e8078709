# Covers: debugprint of a compiled function with random_integers and normal outputs plus a shared counter update: print_type with ids='int', ids='' depth=1, depth=3, file='str' line count.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=31)
c = theano.shared(np.int64(0), name='c')
x = T.dvector('x')
ri = srng.random_integers((3,), low=1, high=4)
n = srng.normal((3,), avg=1.0, std=2.0)
f = theano.function([x], [x * ri + n, T.maximum(n, 0).sum()], updates=[(c, c + 1)])
print("--- default")
theano.printing.debugprint(f)
print("--- print_type ids=int")
theano.printing.debugprint(f, print_type=True, ids='int')
print("--- ids='' depth=1")
theano.printing.debugprint(f, ids='', depth=1)
print("--- depth=3")
theano.printing.debugprint(f, depth=3)
s = theano.printing.debugprint(f, file='str')
print("--- str lines", len(s.splitlines()))
o1, o2 = f(np.array([1.0, -1.0, 0.5]))
show("o1", o1)
print("o2", float(o2), "c", int(c.get_value()))
