# Covers: debugprint of uncompiled graphs with a shared vector, a named draw and a named intermediate: print_type, ids='int', depth=2, a list including the shared variable itself, file='str' with ids=''.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=40)
w = theano.shared(np.array([0.5, -1.0, 2.0]), name='w')
n = srng.normal((3,), avg=0.0, std=0.1)
n.name = 'noise'
h = T.tanh(w + n)
h.name = 'h'
y = (h * 2.5).mean()
print("--- default")
theano.printing.debugprint(y)
print("--- print_type")
theano.printing.debugprint(y, print_type=True)
print("--- ids=int")
theano.printing.debugprint(y, ids='int')
print("--- depth=2")
theano.printing.debugprint(y, depth=2)
print("--- list")
theano.printing.debugprint([w, n, h])
print("--- file=str")
s = theano.printing.debugprint([h, y], file='str', ids='')
print(len(s.splitlines()))
print(s, end='')
