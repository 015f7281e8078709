# Covers: the shape Theano's ShapeFeature keeps for a reshape whose sizes are a MakeVector (T.tile: Reshape.infer_shape's Switch(EQ(size, -1), ..) per axis), read both as y.shape and as the size of T.zeros_like(y) + 1 in one function (the replaced Reshape keeps the size graph canonicalize simplified, so both read one fused Composite); extra_ops.diff (DiffOp.infer_shape: the axis n shorter) along an axis and the last, T.DiffOp, and the gradient of a second difference; debugprints and values.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor import extra_ops


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
v = T.dvector('v')
X = np.arange(12.0).reshape(3, 4) ** 2
V = np.array([1.0, 4.0, 9.0, 3.0])

tiled = T.tile(v, (2, 3))
tile = theano.function([v], [tiled.shape, T.zeros_like(tiled) + 1], name='tile')
theano.printing.debugprint(tile)
for out in tile(V[:2]):
    show('tile', out)
rows = T.tile(x, (1, 2))
tile_rows = theano.function([x], [rows.shape, rows * T.ones_like(rows)], name='tile_rows')
theano.printing.debugprint(tile_rows)
for out in tile_rows(X[:2, :2]):
    show('tile_rows', out)

theano.printing.debugprint([extra_ops.diff(v), extra_ops.diff(x, 2, axis=0), T.DiffOp(n=3)(v)])
diffs = theano.function([x, v], [extra_ops.diff(v).shape, extra_ops.diff(x, axis=0).shape,
                                 extra_ops.diff(x, 2).shape, T.zeros_like(extra_ops.diff(v)) + 1,
                                 extra_ops.diff(x, 1, 0)], name='diffs')
theano.printing.debugprint(diffs)
for out in diffs(X, V):
    show('diffs', out)
grad = theano.function([v], T.grad((extra_ops.diff(v, 2) * T.arange(2)).sum(), v), name='grad')
theano.printing.debugprint(grad)
show('grad', grad(V))
