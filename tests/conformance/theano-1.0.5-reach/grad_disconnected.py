# Covers: T.grad with disconnected_inputs='raise' (default; DisconnectedInputError text), 'warn' (zeros returned, warning on stderr) and 'ignore'; a wrt that is used only through an integer cast (disconnected); the returned zeros' dtype and shape.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
y = T.dvector('y')
c = T.sum(x ** 2)
for mode in ['raise', 'warn', 'ignore']:
    try:
        gx, gy = T.grad(c, [x, y], disconnected_inputs=mode)
        f = theano.function([x, y], [gx, gy], on_unused_input='ignore', name='g_' + mode)
        a, b = f(np.array([1.0, 2.0]), np.array([3.0, 4.0, 5.0]))
        print(mode, "ok")
        show("gx", a)
        show("gy", b)
    except Exception as e:
        print(mode, type(e).__name__, repr(str(e).split("Backtrace")[0]))
n = T.lscalar('n')
try:
    T.grad(T.sum(x) * T.cast(n, 'float64'), n)
    print("int wrt no error")
except Exception as e:
    print("int wrt", type(e).__name__, str(e).splitlines()[0])
c_int = T.sum(T.cast(x, 'int32') * 2.0)
g = T.grad(c_int, x)
show("through_int_cast", theano.function([x], g)(np.array([1.5, 2.5])))
