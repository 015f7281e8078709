# Covers: the errors users meet when calling compiled training code: a batch with the wrong number of columns for T.dot (ValueError at call time), elementwise shape mismatch between two inputs, too many and too few arguments, a float64 array passed to a float32 input without and with allow_input_downcast=True, an int label vector given floats, a list input of the wrong rank, an input not used by the outputs (on_unused_input 'raise', 'warn' and 'ignore'), an output that needs an input not given (MissingInputError), and a shared variable updated with a value of another type.
import warnings

import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def attempt(label, fn):
    try:
        out = fn()
        if isinstance(out, list):
            for k, o in enumerate(out):
                show(label + "_" + str(k), o)
        else:
            show(label, out)
    except Exception as e:
        print(label, type(e).__name__, str(e).split('\n')[0])


X = T.dmatrix('X')
W = theano.shared(np.ones((3, 2)), name='W')
f = theano.function([X], T.dot(X, W), name='f')
attempt("ok", lambda: f(np.ones((2, 3))))
attempt("cols", lambda: f(np.ones((2, 4))))
a = T.dvector('a')
b = T.dvector('b')
g = theano.function([a, b], a * b + 1, name='g')
attempt("mismatch", lambda: g(np.ones(3), np.ones(2)))
attempt("too_many", lambda: g(np.ones(2), np.ones(2), np.ones(2)))
attempt("too_few", lambda: g(np.ones(2)))
xf = T.fvector('xf')
h = theano.function([xf], xf * 2, name='h')
attempt("downcast", lambda: h(np.array([1.5, 2.5])))
h2 = theano.function([xf], xf * 2, allow_input_downcast=True, name='h2')
attempt("downcast_allowed", lambda: h2(np.array([1.5, 2.5])))
yi = T.ivector('yi')
k = theano.function([yi], yi + 1, name='k')
attempt("int_from_float", lambda: k(np.array([1.0, 2.0])))
attempt("int_from_list", lambda: k([1, 2]))
attempt("rank", lambda: g([[1.0, 2.0]], [1.0, 2.0]))
unused = T.dvector('unused')
try:
    theano.function([a, unused], a * 2)
except Exception as e:
    print("unused", type(e).__name__, str(e).split('\n')[0])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    fw = theano.function([a, unused], a * 2, on_unused_input='warn')
    print("warned", len(w) > 0)
attempt("warn_call", lambda: fw(np.ones(2), np.ones(5)))
fi = theano.function([a, unused], a * 2, on_unused_input='ignore')
attempt("ignore_call", lambda: fi(np.ones(2), np.ones(5)))
try:
    theano.function([a], a + b)
except Exception as e:
    print("missing", type(e).__name__, str(e).split('\n')[0])
c = theano.shared(np.zeros(2), name='c')
try:
    theano.function([], c, updates=[(c, T.cast(c, 'float32') + 1)])
except Exception as e:
    print("update_type", type(e).__name__, str(e).split('\n')[0])
try:
    theano.function([], c, updates=[(c, T.zeros((2, 2)))])
except Exception as e:
    print("update_rank", type(e).__name__, str(e).split('\n')[0])
