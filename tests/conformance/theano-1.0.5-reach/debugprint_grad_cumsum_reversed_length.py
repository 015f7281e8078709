# Covers: the gradient of T.extra_ops.cumsum and cumprod (CumOp.grad: the incoming gradient reversed, summed, reversed back, reshaped for axis=None), where the incoming gradient is a constant broadcast (v.cumsum() * 2.0, T.mean): local_fill_to_alloc brings in the reversed slice's length, whose (n - 1) * 1 local_greedy_distributor distributes in stabilize (n - 1 with the factor's int64 1, one constant merged apart from the int8 ones); uncompiled and compiled debugprints and values, along an axis and over all elements, of vectors and matrices.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


x = T.dmatrix('x'); v = T.dvector('v')
xv = np.array([[1.5, 0.0, 2.0], [0.5, -1.0, 3.0]])
cases = [
    ("vec_squares", v, T.sum(T.extra_ops.cumsum(v) ** 2)),
    ("vec_method_scaled", v, T.sum(v.cumsum() * 2.0)),
    ("cumprod_vec", v, T.sum(T.extra_ops.cumprod(v + 3.0))),
    ("cumprod_flat", x, T.sum(T.extra_ops.cumprod(x + 3.0))),
    ("cumsum_axis1_sum", x, T.sum(T.extra_ops.cumsum(x, axis=1))),
    ("cumsum_flat_mean", x, T.mean(T.extra_ops.cumsum(x))),
]
for name, inp, cost in cases:
    g = T.grad(cost, inp)
    print(name)
    theano.printing.debugprint(g)
    f = theano.function([inp], g, name=name)
    theano.printing.debugprint(f)
    show("grad", f(xv if inp is x else xv[0]))
