# Covers: the gradient of T.prod as Theano's Prod.L_op builds it: over all elements and along an axis, of inputs with no, one and several zeros in a group, an incoming gradient with a zero (the input masked to groups with one zero and a non-zero gradient before ProdWithoutZeros), and with no_zeros_in_input=True (gz * prod / x alone); the uncompiled and compiled debugprint of each gradient and its values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


x = T.dmatrix('x')
xv = np.array([[1.5, 0.0, 2.0], [0.5, -1.0, 3.0], [0.0, 0.0, 2.0]])
cases = [
    ("prod_all", T.prod(x)),
    ("prod_axis0", T.sum(T.prod(x, axis=0) * np.array([1.0, 2.0, 3.0]))),
    ("prod_axis1_gz_zero", T.sum(T.prod(x, axis=1) * np.array([1.0, 0.0, 2.0]))),
    ("prod_axis1_nozeros", T.sum(T.prod(x, axis=1, no_zeros_in_input=True))),
    ("prod_all_nozeros", T.prod(x, no_zeros_in_input=True)),
]
for name, cost in cases:
    g = T.grad(cost, x)
    print(name)
    theano.printing.debugprint(g)
    f = theano.function([x], g, name=name)
    theano.printing.debugprint(f)
    show("grad", f(xv))
    show("grad_no_zero", f(xv + 4.0))
