# Covers: gradients of the elementwise math family one by one: T.sqr, T.sqrt, T.pow with a scalar and a tensor exponent, x ** 0.5, T.exp, T.log, T.log1p, T.expm1, T.sin, T.cos, T.tan-free trig via sin/cos, T.inv, 1 / x, T.tanh, T.nnet.sigmoid, T.nnet.softplus, T.floor/T.ceil/T.round (zero gradients) and T.true_div / T.int_div; values of each gradient on positive inputs.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
e = T.dvector('e')
xv = np.array([0.3, 1.0, 2.5, 4.0])
ev = np.array([2.0, 0.5, 3.0, 1.5])
exprs = [
    ("sqr", T.sqr(x)),
    ("sqrt", T.sqrt(x)),
    ("pow_scalar", T.pow(x, 3)),
    ("pow_half", x ** 0.5),
    ("pow_tensor", x ** e),
    ("exp", T.exp(x)),
    ("log", T.log(x)),
    ("log1p", T.log1p(x)),
    ("expm1", T.expm1(x)),
    ("sin", T.sin(x)),
    ("cos", T.cos(x)),
    ("tan", T.sin(x) / T.cos(x)),
    ("inv", T.inv(x)),
    ("one_over", 1 / x),
    ("tanh", T.tanh(x)),
    ("sigmoid", T.nnet.sigmoid(x)),
    ("softplus", T.nnet.softplus(x)),
    ("floor", T.floor(x) * x),
    ("round", T.round(x) + x),
    ("true_div", T.true_div(x, e)),
    ("neg_exp", T.exp(-x ** 2)),
]
for name, ex in exprs:
    g = T.grad(T.sum(ex), x)
    f = theano.function([x, e], [ex, g], name=name, on_unused_input='ignore')
    v, gv = f(xv, ev)
    show(name, v)
    show("  grad", gv)
