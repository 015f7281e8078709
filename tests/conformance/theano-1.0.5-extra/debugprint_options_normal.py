# Covers: debugprint of uncompiled normal/binomial expressions with print_type, ids='int'/'CHAR'/'', depth=1 and 4, file='str' line count, a list of three variables and a named intermediate.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=30)
x = T.dmatrix('x')
n = srng.normal((2, 2), avg=1.0, std=0.5)
b = srng.binomial((2, 2), p=0.3)
y = T.tanh(x * n) + b
z = y.mean()
print("--- default")
theano.printing.debugprint(z)
print("--- print_type")
theano.printing.debugprint(y, print_type=True)
print("--- ids=int")
theano.printing.debugprint(y, ids='int')
print("--- ids=CHAR")
theano.printing.debugprint(b, ids='CHAR')
print("--- ids=''")
theano.printing.debugprint(y, ids='')
print("--- depth=1")
theano.printing.debugprint(z, depth=1)
print("--- depth=4")
theano.printing.debugprint(z, depth=4)
s = theano.printing.debugprint(z, file='str')
print("--- str", type(s).__name__, len(s.splitlines()))
print("--- list")
theano.printing.debugprint([n, b, y])
print("--- named")
n.name = 'noise'
theano.printing.debugprint(y)
