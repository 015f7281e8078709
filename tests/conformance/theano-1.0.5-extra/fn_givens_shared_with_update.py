# Covers: givens that replace a shared weight by a noisy version (W + 0.1 * normal) while W also has an explicit update W * 0.5: the update expression is rebuilt with the givens (it reads the noisy W); output and W values over calls; debugprint.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=271)
W = theano.shared(np.array([1.0, 2.0, 3.0]), name='W')
x = T.dvector('x')
noise = srng.normal((3,))
noisy = W + 0.1 * noise
f = function([x], T.dot(x, W), givens={W: noisy}, updates=[(W, W * 0.5)], name='f')
xv = np.array([1.0, 0.0, -1.0])
for i in range(3):
    before = W.get_value()
    o = f(xv)
    after = W.get_value()
    print("call", i, "out", float(o))
    show("W_before%d" % i, before)
    show("W_after%d" % i, after)
    print("halved_exactly", bool(np.all(after == before * 0.5)))
print("--- f")
theano.printing.debugprint(f)
