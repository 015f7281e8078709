# Covers: srng.normal(avg=..., std=...) with symbolic broadcasting parameters: a column avg (dmatrix via dimshuffle) and a row std with size=None, the same with size=(3, 4), a matrix avg with a vector std; output broadcastable patterns and values.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=909)
a = T.dvector('a')
s = T.dvector('s')
A = T.dmatrix('A')
col = a.dimshuffle(0, 'x')
row = s.dimshuffle('x', 0)
n1 = srng.normal(avg=col, std=row)
n2 = srng.normal(size=(3, 4), avg=col, std=row)
n3 = srng.normal(avg=A, std=s)
for v in (n1, n2, n3):
    print(v.type, v.broadcastable)
f1 = function([a, s], n1)
f2 = function([a, s], n2)
f3 = function([A, s], n3)
av = np.array([0.0, 10.0, 100.0])
sv = np.array([0.0, 1.0, 0.1, 2.0])
show("n1", f1(av, sv))
show("n2", f2(av, sv))
show("n3", f3(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([0.0, 1.0])))
show("n1_small", f1(np.array([5.0]), np.array([1.0, 0.0])))
print("--- f2")
theano.printing.debugprint(f2)
