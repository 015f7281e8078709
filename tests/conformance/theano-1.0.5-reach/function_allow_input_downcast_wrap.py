# Covers: allow_input_downcast=True with values out of an integer input's range: Python ints and lists wrap as numpy 1.x's asarray(dtype=) did (300 into int8 is 44, 2**33 into int32 is 0), floats truncate, a bool is 1; without it the same values raise TypeError; a float32 input given float64 lists and arrays.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


b = T.bvector('b')
k = theano.function([b], b + 1, allow_input_downcast=True)
show('k', k([300, 1, -129]))
show('k array', k(np.array([300, 1])))
i = T.iscalar('i')
g = theano.function([i], i * 2, allow_input_downcast=True)
for v in (3, 2.9, np.int64(2 ** 33), 2 ** 33 + 5, -1.5, True):
    show('g', g(v))
try:
    theano.function([b], b + 1)([300, 1])
except Exception as e:
    print(type(e).__name__, e.args[1])
x = T.fvector('x')
h = theano.function([x], x * 2, allow_input_downcast=True)
show('h', h([1.1, 2.2])); show('h array', h(np.array([1e40, 0.5])))
theano.printing.debugprint(k)
