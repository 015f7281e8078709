# Covers: wrong dtype/ndim for scalar and int inputs: float into lscalar (TypeError with a 3-tuple args), vector into dscalar, int64 into int32 vector, string input; accepted values.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=81)
k = T.lscalar('k')
s = T.dscalar('s')
iv = T.ivector('iv')
f = theano.function([k, s, iv], [srng.uniform((2,)) * s + k, iv * 2], name='fs')
cases = [("float_into_lscalar", (1.5, 1.0, np.zeros(2, dtype='int32'))),
         ("vector_into_dscalar", (1, np.zeros(2), np.zeros(2, dtype='int32'))),
         ("int64_into_ivector", (1, 1.0, np.zeros(2, dtype='int64'))),
         ("string_into_dscalar", (1, "a", np.zeros(2, dtype='int32')))]
for label, args in cases:
    try:
        f(*args)
        print(label, "no error")
    except Exception as e:
        # args[0] is the message (float_into_lscalar carries 3 args and a backtrace)
        print(label, type(e).__name__, len(e.args), str(e.args[0]).splitlines()[0].strip())
a, b = f(np.int8(3), 2, [1, 2])
show("ok_a", a)
show("ok_b", b)
