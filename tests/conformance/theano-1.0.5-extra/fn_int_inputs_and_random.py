# Covers: a function with int inputs (ivector, lscalar) and several random outputs: random_integers with a symbolic high, an int input plus a draw (dtype upcast), repeated calls, keyword call.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=808)
iv = T.ivector('iv')
k = T.lscalar('k')
r = srng.random_integers((3,), low=0, high=k)
u = srng.uniform((3,))
o1 = iv + r
o2 = iv * u
o3 = (r * k).sum()
print(o1.type, o2.type, o3.type)
f = theano.function([iv, k], [o1, o2, o3, r])
ivv = np.array([1, 2, 3], dtype='int32')
for i in range(3):
    a, b, c, d = f(ivv, i + 1)
    show("o1_%d" % i, a)
    show("o2_%d" % i, b)
    print("o3_%d" % i, int(c), c.dtype, c.shape)
    show("r_%d" % i, d)
res = f(k=5, iv=ivv)
print("kwargs", len(res), res[3].tolist())
