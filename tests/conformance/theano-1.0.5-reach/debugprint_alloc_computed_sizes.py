# Covers: Alloc and AllocEmpty sizes get_scalar_constant_value computes from constants (alloc_validate_shape): T.alloc(0., 2 - 1, 3), T.alloc(v, T.constant(3) - 2, v.shape[0]), T.zeros((1 + 0, 3)), T.ones((two * 1, two // 2)), a size switch(2 < 3, 1, 2) or maximum(2 - 2, 1), a size x.shape[0] of a broadcastable axis, AllocEmpty of (2 - 1, n) each get a broadcastable axis; their .broadcastable and .type, and debugprint and values of a compiled function adding them to a matrix.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


x = T.dmatrix('x'); v = T.dvector('v'); n = T.lscalar('n')
two = T.constant(2)
outs = [
    ("alloc_2m1", T.alloc(0., 2 - 1, 3)),
    ("alloc_c3m2", T.alloc(v, T.constant(3) - 2, v.shape[0])),
    ("alloc_sym", T.alloc(1.5, T.constant(3) - 2, n)),
    ("zeros_1p0", T.zeros((1 + 0, 3))),
    ("zeros_sym", T.zeros((two - 1, n))),
    ("ones_col", T.ones((two * 1, two // 2))),
    ("alloc_shape_bc", T.alloc(1., T.shape_padleft(v).shape[0], 3)),
    ("alloc_switch", T.alloc(2., T.switch(T.lt(two, 3), 1, 2), 3)),
    ("alloc_max", T.alloc(0.5, T.maximum(two - 2, 1), n)),
    ("allocempty", T.AllocEmpty('float64')(two - 1, n)),
    ("allocempty_c", T.AllocEmpty('float64')(T.cast(two, 'int64') // 2, 3)),
]
for name, o in outs:
    print(name, o.broadcastable, o.type)

# AllocEmpty's memory is uninitialised: only its shape is shown
f = theano.function([x, v, n], [x + o for name, o in outs if not name.startswith(("allocempty", "ones"))]
                    + [T.ones((two * 1, two // 2)) * x[:, :1]], name='computed_sizes')
theano.printing.debugprint(f)
for k, r in enumerate(f(np.array([[1.0, -2.0, 0.5], [-0.5, 1.5, -1.0]]), np.array([0.25, -0.75, 2.0]), 3)):
    show("out%d" % k, r)
g = theano.function([n], [T.AllocEmpty('float64')(two - 1, n).shape,
                         T.AllocEmpty('float64')(T.cast(two, 'int64') // 2, 3).shape], name='empty_shape')
theano.printing.debugprint(g)
for k, r in enumerate(g(4)):
    show("empty_shape%d" % k, r)
