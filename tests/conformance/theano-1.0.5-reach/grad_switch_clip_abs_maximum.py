# Covers: gradients of the piecewise ops tutorial code uses: T.switch(T.gt(x, 0), x, 0.01 * x) (a hand-written leaky relu), T.clip(x, -1, 1) inside and at its bounds, abs(x) and T.abs_ at 0, T.maximum(x, 0) and T.minimum(x, y) with ties, T.sgn, and T.where-style masks via T.eq / T.neq multiplied in; values of each gradient on a vector that hits the edges.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
y = T.dvector('y')
xv = np.array([-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 3.0])
yv = np.array([0.0, -1.0, 1.0, 0.0, 0.5, 2.0, -3.0])
costs = [
    ("switch_leaky", T.sum(T.switch(T.gt(x, 0), x, 0.01 * x) * y)),
    ("clip", T.sum(T.clip(x, -1, 1) * (1 + y))),
    ("clip_sqr", T.sum(T.sqr(T.clip(x, -0.5, 2.0)))),
    ("abs", T.sum(abs(x) * 2)),
    ("abs_", T.sum(T.abs_(x - y))),
    ("maximum", T.sum(T.maximum(x, 0) * (y + 1))),
    ("minimum", T.sum(T.minimum(x, y))),
    ("sgn", T.sum(T.sgn(x) * x ** 2)),
    ("eq_mask", T.sum(T.eq(x, y) * x * 3)),
    ("neq_mask", T.sum(T.cast(T.neq(x, y), 'float64') * x ** 2)),
]
for name, c in costs:
    gx, gy = T.grad(c, [x, y], disconnected_inputs='ignore')
    f = theano.function([x, y], [c, gx, gy], name=name)
    cv, gxv, gyv = f(xv, yv)
    print(name, float(cv))
    show("  dx", gxv)
    show("  dy", gyv)
