# Covers: scan outputs_info with taps [-2, -1] (Fibonacci from a 2-element initial vector), taps [-3, -1], n_steps given as a constant and as a symbolic lscalar, and the output excluding the initial values.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


init = T.dvector('init')
n = T.lscalar('n')
fib, _ = theano.scan(lambda a, b: a + b, outputs_info=dict(initial=init, taps=[-2, -1]), n_steps=6)
show("fib", theano.function([init], fib)(np.array([0.0, 1.0])))
fibn, _ = theano.scan(lambda a, b: a + b, outputs_info=dict(initial=init, taps=[-2, -1]), n_steps=n)
f = theano.function([init, n], fibn, name='fib_n')
show("fib_n3", f(np.array([1.0, 1.0]), 3))
show("fib_n5", f(np.array([2.0, -1.0]), 5))
tri, _ = theano.scan(lambda a, c: a - c, outputs_info=dict(initial=init, taps=[-3, -1]), n_steps=4)
show("taps_m3_m1", theano.function([init], tri)(np.array([1.0, 2.0, 4.0])))
