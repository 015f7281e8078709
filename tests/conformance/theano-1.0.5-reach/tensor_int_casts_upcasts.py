# Covers: integer inputs and casts as model code meets them: int32/int64 inputs mixed with float64, T.cast to int and float dtypes (truncation toward zero), true division and floor division of ints, int * python float, T.iscalar indexing a shared matrix, floatX constants (float32 python floats under floatX=float64), astype, argmax as an index, the int8 of a comparison summed, mean of an int vector; each result with its dtype, and the TypeError of giving floats to an int input.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


i = T.ivector('i')
l = T.lvector('l')
x = T.dvector('x')
k = T.iscalar('k')
exprs = [
    ('i_plus_x', i + x),
    ('l_times_half', l * 0.5),
    ('i_truediv', i / 2),
    ('i_floordiv', i // 2),
    ('l_mod', l % 3),
    ('neg_floordiv', -l // 2),
    ('cast_int', T.cast(x * 1.7, 'int32')),
    ('cast_int8', T.cast(x * 100, 'int8')),
    ('cast_float32', T.cast(l, 'float32')),
    ('astype', x.astype('int64')),
    ('gt_sum', T.sum(x > 0)),
    ('mean_int', T.mean(i)),
    ('argmax_index', x[T.argmax(x)]),
    ('i_pow', i ** 2),
    ('const_float', l + np.float32(0.25)),
    ('sqrt_int', T.sqrt(i * i)),
]
for name, e in exprs:
    print(name, e.dtype)
f = theano.function([i, l, x], [e for _n, e in exprs], on_unused_input='ignore')
vals = f(np.array([1, -3, 4], dtype='int32'), np.array([7, -7, 2], dtype='int64'),
         np.array([0.9, -1.5, 2.5]))
for (name, _e), v in zip(exprs, vals):
    show(name, v)
table = theano.shared(np.arange(12.0).reshape(3, 4), name='table')
row = theano.function([k], table[k] * k)
show('row', row(2))
for call in (lambda: row(1.5), lambda: f(np.array([1.0, 2.0, 3.0]), np.array([1, 2, 3]), np.zeros(3))):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, str(e.args[0]).replace(__file__, 'SCRIPT').splitlines()[0])
        print(e.args[1:])
print(row.name.replace(__file__, 'SCRIPT'), theano.function([k], k, name='named').name)
g = theano.function([x], T.grad(T.cast(x, 'int32').sum() + x.sum(), x))
show('grad_through_cast', g(np.array([1.5, 2.5])))
