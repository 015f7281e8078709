# Covers: debugprint of a compiled three-output function (dot, comparison sum, normal+binomial) with print_type, ids='int', ids='', depth=1 and 3, file='str'; 30 uncompiled variables for ids past 'Z'.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=22)
x = T.dmatrix('x')
W = srng.normal((3, 2))
b = srng.binomial((2,), p=0.5)
u = srng.uniform((4, 2))
f = theano.function([x], [T.dot(x, W) + b, (u < 0.5).sum(), T.exp(W).sum(axis=0)])
print("--- default")
theano.printing.debugprint(f)
print("--- print_type")
theano.printing.debugprint(f, print_type=True)
print("--- ids=int")
theano.printing.debugprint(f, ids='int')
print("--- ids=''")
theano.printing.debugprint(f, ids='')
print("--- depth=1")
theano.printing.debugprint(f, depth=1)
print("--- depth=3")
theano.printing.debugprint(f, depth=3)
s = theano.printing.debugprint(f, file='str')
print("--- str lines", len(s.splitlines()))
vs = [srng.normal((2,)) + i for i in range(10)]
print("--- many ids")
theano.printing.debugprint(vs)
