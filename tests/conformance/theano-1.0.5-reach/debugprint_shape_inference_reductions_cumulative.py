# Covers: the shapes Theano's ShapeFeature reads from T.any / T.all (CAReduce.infer_shape: the kept axes' sizes, with keepdims and over all axes) and from extra_ops.cumsum / cumprod (axis None: Prod{axis=None} of the MakeVector of the input's sizes; an axis: the input's shape), as x.shape, as the sizes of the Alloc T.zeros_like(y) + 1 builds and of y * T.ones_like(y), for symbolic and constant inputs; compiled debugprints and values.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor import extra_ops


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
A = T.dtensor3('A')
X = np.array([[0.0, 1.5, -2.0], [0.0, 0.0, 3.0]])
AV = np.arange(24.0).reshape(2, 3, 4) - 5

reduce_shapes = theano.function([x, A], [T.any(x, axis=1).shape, T.all(x).shape,
                                         T.any(A, axis=(0, 2), keepdims=True).shape,
                                         T.zeros_like(T.all(A, axis=1)) + 1], name='reduce_shapes')
theano.printing.debugprint(reduce_shapes)
for out in reduce_shapes(X, AV):
    show('reduce_shapes', out)

flags = theano.function([x], [T.any(x, axis=0) * T.ones_like(T.any(x, axis=0)), T.all(T.neq(x, 5), axis=1)],
                        name='flags')
theano.printing.debugprint(flags)
for out in flags(X):
    show('flags', out)

cum_shapes = theano.function([x, A], [extra_ops.cumsum(x).shape, extra_ops.cumprod(A).shape,
                                      extra_ops.cumsum(A, axis=1).shape], name='cum_shapes')
theano.printing.debugprint(cum_shapes)
for out in cum_shapes(X, AV):
    show('cum_shapes', out)

cum_alloc = theano.function([x], [T.zeros_like(extra_ops.cumprod(x)) + 1,
                                  extra_ops.cumsum(x, axis=0) * T.ones_like(extra_ops.cumsum(x, axis=0))],
                            name='cum_alloc')
theano.printing.debugprint(cum_alloc)
for out in cum_alloc(X):
    show('cum_alloc', out)

C = T.constant(X)
const = theano.function([], [extra_ops.cumsum(C).shape, T.zeros_like(extra_ops.cumsum(C)) + 1,
                             T.any(C, axis=0).shape], name='const')
theano.printing.debugprint(const)
for out in const():
    show('const', out)
