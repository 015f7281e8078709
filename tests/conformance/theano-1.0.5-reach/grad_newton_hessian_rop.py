# Covers: second-order code users write: Newton's method on a 2-d function with theano.gradient.hessian and T.grad compiled once and stepped in a Python loop, a Hessian-vector product with T.Rop of the gradient and with T.Lop, theano.gradient.jacobian of a vector function of a matrix input, hessian with respect to a list of vectors, and the values each gives after three steps.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


p = T.dvector('p')
cost = (p[0] - 1) ** 4 + (p[0] - 2 * p[1]) ** 2 + T.exp(p[1] * 0.1)
g = T.grad(cost, p)
H = theano.gradient.hessian(cost, p)
newton = theano.function([p], [cost, p - T.dot(theano.tensor.nlinalg.matrix_inverse(H), g)])
point = np.array([0.0, 3.0])
for step in range(3):
    c, point = newton(point)
    print('newton', step, float(c))
    show('point', point)
v = T.dvector('v')
hv = T.Rop(g, p, v)
hv_lop = T.Lop(g, p, v)
f = theano.function([p, v], [hv, hv_lop, T.dot(H, v)])
for out in f(np.array([0.5, -0.5]), np.array([1.0, 2.0])):
    show('hv', out)
m = T.dmatrix('m')
vec = T.tanh(T.dot(m, T.constant(np.array([1.0, -1.0])))) ** 2
J = theano.gradient.jacobian(vec, m)
show('jacobian', theano.function([m], J)(np.array([[0.1, 0.2], [0.3, -0.4], [1.0, 0.5]])))
a = T.dvector('a')
b = T.dvector('b')
hs = theano.gradient.hessian((a ** 2).sum() * b.sum() + T.sin(b).sum(), [a, b])
for out in theano.function([a, b], hs)(np.array([1.5, -1.0]), np.array([0.5, 0.25])):
    show('hessian_list', out)
