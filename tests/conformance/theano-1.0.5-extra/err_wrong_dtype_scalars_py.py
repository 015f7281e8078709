# Covers: Python and numpy scalars into scalar inputs of random functions: python float into fscalar and iscalar, big python int into iscalar and bscalar, np.float32 into dscalar, np.int64 into iscalar, 0-d float array into lscalar.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def report(label, e):
    if len(e.args) == 3:
        print(label, type(e).__name__, "3-tuple")
        print("  msg:", e.args[1])
        print("  value:", repr(e.args[2]))
        return
    lines = str(e).splitlines()
    print(label, type(e).__name__)
    print("  first:", lines[0].strip())
    print("  last:", lines[-1].strip().split(". ")[0])


srng = RandomStreams(seed=14)
fs = T.fscalar('fs')
f = theano.function([fs], fs * srng.uniform((2,), dtype='float32'), name='f')
for label, val in [("pyfloat_half", 0.5), ("pyfloat_tenth", 0.1), ("pyint", 3), ("np_float64", np.float64(0.25))]:
    try:
        show(label, f(val))
    except Exception as e:
        report(label, e)
i = T.iscalar('i')
g = theano.function([i], srng.random_integers((2,), low=0, high=i), name='g')
for label, val in [("int_small", 5), ("int_big", 2 ** 40), ("np_int64", np.int64(7)), ("pyfloat", 2.0), ("np_int8", np.int8(3))]:
    try:
        show(label, g(val))
    except Exception as e:
        report(label, e)
b = T.bscalar('b')
h = theano.function([b], b + srng.binomial((2,), n=1, p=0.5, dtype='int8'), name='h')
for label, val in [("b_ok", 100), ("b_big", 300), ("b_neg", -128)]:
    try:
        show(label, h(val))
    except Exception as e:
        report(label, e)
d = T.dscalar('d')
k = theano.function([d], d + srng.normal(()), name='k')
show("np_float32_into_d", k(np.float32(1.5)))
l = T.lscalar('l')
m = theano.function([l], l * srng.random_integers((), low=1, high=3), name='m')
try:
    show("zerod_float", m(np.array(2.0)))
except Exception as e:
    report("zerod_float", e)
show("zerod_int", m(np.array(2)))
