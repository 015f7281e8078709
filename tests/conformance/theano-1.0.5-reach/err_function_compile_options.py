# Covers: the errors theano.function gives for what users get wrong in its arguments: an update of another dtype or ndim than its shared variable, an update key that is not shared, givens with a mismatched type, a shared variable listed as an input, the same input twice, an output that is a list inside the list, a non-variable input; and at call time: a missing argument, an unknown keyword, too many arguments, a value for an input with a default given twice.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def attempt(label, build):
    try:
        build()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(__file__, 'SCRIPT').splitlines()[0])


x = T.dvector('x')
y = T.dvector('y')
fx = T.fvector('fx')
w = theano.shared(np.zeros(3), name='w')
c = theano.shared(np.float64(0.0), name='c')
attempt('update_dtype', lambda: theano.function([fx], w, updates=[(w, fx)]))
attempt('update_ndim', lambda: theano.function([x], c, updates=[(c, x)]))
attempt('update_key', lambda: theano.function([x], x, updates=[(y, x)]))
attempt('givens_type', lambda: theano.function([fx], x * 2, givens={x: T.dmatrix()}))
attempt('shared_input', lambda: theano.function([w], w * 2))
attempt('duplicate_input', lambda: theano.function([x, x], x * 2))
attempt('nested_output', lambda: theano.function([x], [x, [x * 2]]))
attempt('constant_input', lambda: theano.function([T.constant(1.0)], x))
attempt('missing_input', lambda: theano.function([y], x * 2))
attempt('shape_input', lambda: theano.function([x.shape], x))
f = theano.function([x, theano.In(y, value=np.ones(3), name='y')], x + y, name='f')
attempt('missing_arg', lambda: f())
attempt('unknown_kw', lambda: f(np.ones(3), z=np.ones(3)))
attempt('too_many', lambda: f(np.ones(3), np.ones(3), np.ones(3)))
attempt('twice', lambda: f(np.ones(3), np.ones(3), y=np.ones(3)))
show('ok', f(np.ones(3)))
g = theano.function([x], x.sum())
attempt('unnamed_bad_call', lambda: g(np.ones((2, 2))))
attempt('update_float32_to_float64', lambda: theano.function([x], w, updates=[(w, T.cast(x, 'float32'))]))
attempt('update_broadcast', lambda: theano.function([x], w, updates=[(w, T.alloc(1.0, 1))]))
