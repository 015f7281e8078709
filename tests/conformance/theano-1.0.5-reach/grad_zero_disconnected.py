# Covers: theano.gradient.zero_grad and disconnected_grad: values with the blocked path, grad w.r.t. a variable reached only through disconnected_grad (DisconnectedInputError vs zeros of zero_grad), grads through argmax and round (integer / zero gradients), and forward values unchanged.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


from theano import gradient
x = T.dvector('x')
xv = np.array([1.0, -2.0, 3.0])
c_zero = T.sum(gradient.zero_grad(x ** 2) * x)
show("zero_grad", theano.function([x], T.grad(c_zero, x))(xv))
c_disc = T.sum(gradient.disconnected_grad(x ** 2) * x)
show("disconnected_grad", theano.function([x], T.grad(c_disc, x))(xv))
show("forward_equal", theano.function([x], [c_zero, c_disc])(xv))
for label, c in [("only_zero_grad", T.sum(gradient.zero_grad(x))),
                 ("only_disconnected_grad", T.sum(gradient.disconnected_grad(x)))]:
    try:
        g = T.grad(c, x)
        show(label, theano.function([x], g)(xv))
    except Exception as e:
        print(label, type(e).__name__, repr(str(e).split("Backtrace")[0]))
for label, c in [("argmax", T.sum(T.argmax(x) * x)), ("round", T.sum(T.round(x) * x))]:
    try:
        g = T.grad(c, x)
        show(label, theano.function([x], g)(xv))
    except Exception as e:
        print(label, type(e).__name__, str(e).splitlines()[0])
try:
    g = T.grad(T.max(x) + T.sum(T.floor(x)), x)
    show("floor_max", theano.function([x], g)(xv))
except Exception as e:
    print("floor", type(e).__name__, str(e).splitlines()[0])
