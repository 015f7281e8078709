# Covers: set_value on tensor shared variables with a wrong dtype or ndim: int array into a float64 vector (accepted and converted), float into an int64 shared, a matrix into a vector, a list, a float32 array, an int into a scalar, a vector into a scalar, a string; type name and first message line, and the stored dtype after.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=9)
fv = theano.shared(np.zeros(3), name='fv')
iv = theano.shared(np.zeros(3, dtype='int64'), name='iv')
sc = theano.shared(0.5, name='sc')
f = theano.function([], fv + srng.uniform((3,)) * sc)
trials = [("int_into_float", fv, np.array([1, 2, 3])),
          ("float_into_int", iv, np.array([1.5, 2.0, 3.0])),
          ("matrix_into_vector", fv, np.zeros((2, 2))),
          ("list_into_vector", fv, [1.0, 2.0, 3.0]),
          ("float32_into_float64", fv, np.ones(3, dtype='float32')),
          ("int_into_scalar", sc, 2),
          ("vector_into_scalar", sc, np.ones(2)),
          ("string_into_vector", fv, "abc")]
for label, var, val in trials:
    try:
        var.set_value(val)
        v = var.get_value()
        print(label, "ok", v.dtype, v.shape)
    except Exception as e:
        print(label, type(e).__name__, str(e).splitlines()[0][:90])
show("f", f())
