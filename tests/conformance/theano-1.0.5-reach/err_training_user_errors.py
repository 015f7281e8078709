# Covers: errors users meet while writing training code: an update whose type differs from the shared variable (float32 expression for a float64 shared, a vector for a matrix), a duplicate update of one shared variable, calling with int64 labels for an ivector, with a float matrix where a vector is expected, too many and too few arguments, givens replacing a variable by one of another type, T.grad of a cost w.r.t. a shared variable it does not use, updates given as a dict (warning-free OrderedDict required?), and a non-shared update target; type name and first message line.
import warnings
from collections import OrderedDict

import numpy as np
import theano
import theano.tensor as T

warnings.simplefilter("ignore")
x = T.dmatrix('x')
y = T.ivector('y')
v = T.dvector('v')
W = theano.shared(np.zeros((2, 2)), name='W')
u = theano.shared(np.zeros(2), name='u')
cost = T.sum(T.dot(x, W)) + T.sum(y)


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", type(r).__name__)
    except Exception as e:
        msg = str(e).splitlines()[0] if str(e) else ""
        print(label, type(e).__name__, msg)


attempt("float32_update", lambda: theano.function([x, y], cost, updates=[(W, T.cast(W * 2, 'float32'))], name='f1'))
attempt("ndim_update", lambda: theano.function([x, y], cost, updates=[(W, T.sum(W, axis=0))], name='f2'))
attempt("duplicate_update", lambda: theano.function([x, y], cost, updates=[(W, W + 1), (W, W - 1)], name='f3'))
attempt("non_shared_target", lambda: theano.function([x, y], cost, updates=[(x, x + 1)], name='f4'))
f = theano.function([x, y], cost, name='f')
attempt("int64_labels", lambda: f(np.ones((2, 2)), np.array([1, 0])))
attempt("float_labels", lambda: f(np.ones((2, 2)), np.array([1.0, 0.0])))
attempt("wrong_ndim", lambda: f(np.ones(2), np.array([1, 0], dtype='int32')))
attempt("too_many", lambda: f(np.ones((2, 2)), np.array([1, 0], dtype='int32'), 3))
attempt("too_few", lambda: f(np.ones((2, 2))))
attempt("list_labels", lambda: float(f(np.ones((2, 2)), [1, 0])))
attempt("givens_type", lambda: theano.function([v], cost, givens={x: v}, name='f5'))
attempt("grad_unused_shared", lambda: T.grad(T.sum(x), u))
attempt("ordered_updates", lambda: theano.function([x, y], cost, updates=OrderedDict([(W, W + 1)]), name='f6'))
attempt("dict_updates_one", lambda: theano.function([x, y], cost, updates={W: W + 1}, name='f7'))
attempt("update_not_pair", lambda: theano.function([x, y], cost, updates=[W], name='f8'))
print("W", W.get_value().tolist())
