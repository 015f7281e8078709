# Covers: theano.tensor.signal.pool as the tutorials import it (from theano.tensor.signal import pool; pool.pool_2d, pool_2d, Pool, MaxPoolGrad, AveragePoolGrad): the modes 'max', 'sum', 'average_inc_pad' and 'average_exc_pad', ignore_border both ways, stride, pad, a matrix input and a broadcastable batch axis; debugprint of each Pool node and of the compiled gradients (MaxPoolGrad reads the pooled output, AveragePoolGrad only the output gradient; the Alloc of ones takes Theano's inferred output size), the compiled output shapes, argument errors, and what the calls raise under the recording recipe (Pool's and AveragePoolGrad's Python perform index with a list of slices, which numpy 1.23 refuses).
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.signal import pool
from theano.tensor.signal.pool import pool_2d, Pool, MaxPoolGrad, AveragePoolGrad


def attempt(label, fn):
    try:
        v = np.asarray(fn())
        print(label, v.dtype, v.shape, v.tolist())
    except Exception as e:
        print(label, type(e).__name__, str(e).split('\n')[0])


x = T.tensor4('x')
xv = np.arange(50.).reshape(2, 1, 5, 5) % 7
print(T.signal.pool is pool, pool.pool_2d is pool_2d)
for mode in ['max', 'sum', 'average_inc_pad', 'average_exc_pad']:
    y = pool.pool_2d(x, ws=(2, 2), ignore_border=True, mode=mode)
    theano.printing.debugprint(y)
    f = theano.function([x], y)
    attempt(mode, lambda: f(xv))
    g = theano.function([x], T.grad((y ** 2).sum(), x))
    theano.printing.debugprint(g)
    attempt(mode + '_grad', lambda: g(xv))
for kw in [dict(ws=(2, 2), ignore_border=False), dict(ws=(3, 2), ignore_border=False, stride=(1, 2)),
           dict(ws=(3, 3), ignore_border=True, stride=(2, 1), pad=(1, 2), mode='average_inc_pad'),
           dict(ws=(2, 3), ignore_border=True, stride=(1, 1), mode='sum')]:
    y = pool_2d(x, **kw)
    theano.printing.debugprint(y)
    f = theano.function([x], [y.shape, T.grad(y.mean(), x)])
    theano.printing.debugprint(f)
    attempt(str(sorted(kw.items())), lambda: f(xv)[0])
m = T.dmatrix('m')
y = pool_2d(m, ws=(2, 2), ignore_border=True)
print(y.type, y.broadcastable)
attempt('matrix_shape', lambda: theano.function([m], y.shape)(np.ones((5, 7))))
z = pool_2d(T.TensorType('float64', (True, False, False, False))('b'), ws=(2, 2), ignore_border=True)
print(z.broadcastable)
for label, bad in [('pad_no_ignore', lambda: pool_2d(x, ws=(2, 2), ignore_border=False, pad=(1, 1))),
                   ('pad_too_big', lambda: pool_2d(x, ws=(2, 2), ignore_border=True, pad=(2, 1))),
                   ('bad_mode', lambda: pool_2d(x, ws=(2, 2), ignore_border=True, mode='avg')),
                   ('no_ws', lambda: pool_2d(x, ignore_border=True)),
                   ('float_ws', lambda: pool_2d(x, ws=(2., 2.), ignore_border=True))]:
    attempt(label, bad)
op = Pool(ignore_border=True, mode='sum')
print(op, op == Pool(True, 'sum'), MaxPoolGrad(True), AveragePoolGrad(False, mode='sum'))
