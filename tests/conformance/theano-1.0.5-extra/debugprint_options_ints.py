# Covers: debugprint of uncompiled integer expressions (random_integers and binomial, sum, cast) with print_type, ids='int'/'CHAR'/'', depth=1/2, file='str' and a tuple of variables.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=30)
k = T.lscalar('k')
ri = srng.random_integers((2, 2), low=0, high=k)
b = srng.binomial((2, 2), n=5, p=0.5)
y = T.cast(ri * b + 3, 'float64')
z = y.sum(axis=0)
print("--- default")
theano.printing.debugprint(z)
print("--- print_type")
theano.printing.debugprint(z, print_type=True)
print("--- ids=int depth=2")
theano.printing.debugprint(z, ids='int', depth=2)
print("--- ids='' depth=1")
theano.printing.debugprint(z, ids='', depth=1)
print("--- ids=CHAR print_type depth=3")
theano.printing.debugprint(z, ids='CHAR', print_type=True, depth=3)
print("--- file=str")
s = theano.printing.debugprint(z, file='str')
print(type(s).__name__, len(s.splitlines()))
print("--- tuple")
theano.printing.debugprint((b, ri, y))
