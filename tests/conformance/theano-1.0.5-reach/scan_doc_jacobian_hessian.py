# Covers: the Theano documentation's derivatives page: the Jacobian by scan over T.arange(y.shape[0]) of T.grad(y[i], x) with non_sequences=[y, x], theano.gradient.jacobian, the Hessian by scan of T.grad(gy[i], x), theano.gradient.hessian, and a Jacobian times vector by T.grad with known sums; values.
import numpy
import theano
import theano.tensor as T


def show(name, v):
    v = numpy.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
y = x ** 2
J, updates = theano.scan(lambda i, y, x: T.grad(y[i], x), sequences=T.arange(y.shape[0]), non_sequences=[y, x])
f = theano.function([x], J, updates=updates, name='jacobian_scan')
show("J", f([4, 4]))
show("J3", f([1.0, -2.0, 0.5]))
J2 = theano.gradient.jacobian(T.tanh(x) * x[0], x)
show("jacobian", theano.function([x], J2, name='jacobian')([0.5, -1.0, 2.0]))
cost = y.sum()
gy = T.grad(cost, x)
H, updates = theano.scan(lambda i, gy, x: T.grad(gy[i], x), sequences=T.arange(gy.shape[0]), non_sequences=[gy, x])
f = theano.function([x], H, updates=updates, name='hessian_scan')
show("H", f([4, 4]))
H2 = theano.gradient.hessian(T.sum(x ** 3 + x[0] * x[1]), x)
show("hessian", theano.function([x], H2, name='hessian')([1.0, 2.0, 3.0]))
W = T.dmatrix('W')
V = T.dmatrix('V')
yw = T.dot(x, W)
JV = T.grad(T.sum(yw * T.dot(x, V)), W)
show("grad_W", theano.function([W, V, x], JV, name='gw')(numpy.eye(2), numpy.ones((2, 2)), [1.0, 2.0]))
