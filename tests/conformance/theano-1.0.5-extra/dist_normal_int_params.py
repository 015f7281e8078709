# Covers: RandomStreams.normal with int avg/std constants (avg=3, std=2), size (1, 4), a symbolic avg matrix with size (2, 2) and symbolic std vector; debugprint of the compiled function.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=808)
n1 = srng.normal((1, 4), avg=3, std=2)
A = T.dmatrix('A')
s = T.dvector('s')
n2 = srng.normal((2, 2), avg=A, std=s)
n3 = srng.normal((5,), avg=-1.0, std=0.25)
print("n1", n1.type, n1.broadcastable)
print("n2", n2.type, n2.broadcastable)
f = theano.function([A, s], [n1, n2, n3])
theano.printing.debugprint(f)
Av = np.array([[0.0, 10.0], [100.0, 1000.0]])
for i, sv in enumerate([np.array([1.0, 0.0]), np.array([0.0, 2.0])]):
    a, b, c = f(Av, sv)
    show("n1_%d" % i, a)
    show("n2_%d" % i, b)
    show("n3_%d" % i, c)
