# Covers: the tutorial's "Conditions" page (T.switch vs theano.ifelse.ifelse of T.lt(a, b) choosing between two means, compiled with theano.Mode(linker='vm') and by default), ifelse choosing between a random draw and zeros in a training-time noise switch, and theano.printing.Print inserted to print an intermediate value (its message, its output passed on), the printed value appearing once per call.
import numpy as np
import theano
import theano.tensor as T
from theano.ifelse import ifelse
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


a, b = T.scalars('a', 'b')
x, y = T.matrices('x', 'y')
z_switch = T.switch(T.lt(a, b), T.mean(x), T.mean(y))
z_lazy = ifelse(T.lt(a, b), T.mean(x), T.mean(y))
f_switch = theano.function([a, b, x, y], z_switch, mode=theano.Mode(linker='vm'))
f_lazyifelse = theano.function([a, b, x, y], z_lazy, mode=theano.Mode(linker='vm'))
val1 = 0.
val2 = 1.
big_mat1 = np.ones((10, 10))
big_mat2 = np.ones((10, 10)) * 2
print(float(f_switch(val1, val2, big_mat1, big_mat2)), float(f_lazyifelse(val1, val2, big_mat1, big_mat2)))
print(float(f_switch(val2, val1, big_mat1, big_mat2)), float(f_lazyifelse(val2, val1, big_mat1, big_mat2)))
f_default = theano.function([a, b, x, y], z_lazy)
print(float(f_default(val2, val1, big_mat1, big_mat2)))
srng = RandomStreams(seed=11)
training = T.iscalar('training')
h = T.dvector('h')
noisy = h + ifelse(T.eq(training, 1), srng.normal((3,), std=0.5), T.zeros((3,)))
g = theano.function([h, training], noisy)
hv = np.array([1.0, 2.0, 3.0])
show("train", g(hv, 1))
show("eval", g(hv, 0))
show("train", g(hv, 1))
print("pos", srng.state_updates[0][0].get_value().get_state()[2])
try:
    ifelse(T.lt(a, b), T.dvector(), T.dmatrix())
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])
v = T.dvector('v')
printed = theano.printing.Print('this is a very important value')(v * 2)
p = theano.function([v], printed.sum() + 1)
print(float(p([1.0, 2.0])))
print(float(p([3.0])))
shape_print = theano.printing.Print('shape', attrs=['shape'])(v)
q = theano.function([v], shape_print * 3)
show("q", q([1.0, 2.0, 3.0]))
