# Covers: T.grad with respect to integer variables: Theano sums the term each op's gradient gives an integer input (Cast{float64}'s incoming gradient, Elemwise.L_op's Cast{float64}(second(y, 0)) for an integer-valued output, DimShuffle's and Sum's second(y, 0.0), Subtensor's and MakeVector's cast zeros, a switch condition's Cast{float64}(Elemwise{second}(b, 0))) and returns that sum as the gradient, nonzero through a cast, an integer exponent's log term or an advanced index increment; an integer used only as an index is disconnected; uncompiled and compiled debugprints and values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
y = T.ivector('y')
k = T.iscalar('k')
xv = np.array([1.0, 2.0, 3.0])
yv = np.array([3, 4, 5], dtype='int32')

cost_cast = (T.cast(y, 'float64') * x).sum() + (y * 2).sum()
g = T.grad(cost_cast, y)
theano.printing.debugprint(g)
f = theano.function([x, y], g, on_unused_input='ignore', name='f_cast')
theano.printing.debugprint(f)
show("g_cast", f(xv, yv))

cost_scalar = (x * k).sum() + k ** 2
g = T.grad(cost_scalar, k)
theano.printing.debugprint(g)
f = theano.function([x, k], g, on_unused_input='ignore', name='f_scalar')
theano.printing.debugprint(f)
show("g_scalar", f(xv, 3))

cost_shapes = (T.cast(y.reshape((3, 1)), 'float64') * x).sum() + T.sum(y[1:]) \
    + T.sum(T.stack([k, k + 1]) * x[:2])
gy, gk = T.grad(cost_shapes, [y, k])
theano.printing.debugprint([gy, gk])
f = theano.function([x, y, k], [gy, gk], name='f_shapes')
theano.printing.debugprint(f)
for name, v in zip(["g_shapes_y", "g_shapes_k"], f(xv, yv, 2)):
    show(name, v)

b = T.bvector('b')
g = T.grad(T.switch(b, x, 2 * x).sum(), b)
theano.printing.debugprint(g)
g = T.grad((x ** y).sum(), y)
theano.printing.debugprint(g)
f = theano.function([x, y], g, name='f_pow')
theano.printing.debugprint(f)
show("g_pow", f(xv, yv))
g = T.grad((y[[0, 2]] * 1.5).sum(), y)
theano.printing.debugprint(g)
f = theano.function([y], g, name='f_adv')
theano.printing.debugprint(f)
show("g_adv", f(yv))

try:
    T.grad(x[k] * 2, k)
except Exception as e:
    print(type(e).__name__)
show("g_index_x", theano.function([x, k], T.grad(x[k] * 2, x))(xv, 1))
