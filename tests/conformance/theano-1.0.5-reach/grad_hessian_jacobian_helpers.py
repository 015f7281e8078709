# Covers: theano.gradient.jacobian and theano.gradient.hessian (built on scan), T.jacobian/T.hessian aliases, a Jacobian of a vector w.r.t. a list of variables, the Hessian of a quadratic form 0.5 * x^T A x + b^T x and of a logistic loss, and a Newton step x - solve-free H^-1 g via numpy on the results; values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
A = T.dmatrix('A')
b = T.dvector('b')
quad = 0.5 * T.dot(x, T.dot(A, x)) + T.dot(b, x)
H = theano.gradient.hessian(quad, x)
g = T.grad(quad, x)
f = theano.function([x, A, b], [quad, g, H], name='quad')
Av = np.array([[3.0, 1.0], [1.0, 2.0]])
bv = np.array([1.0, -1.0])
q, gv, Hv = f(np.array([0.5, 0.5]), Av, bv)
print("quad", float(q))
show("grad", gv)
show("hessian", Hv)
show("newton", np.array([0.5, 0.5]) - np.linalg.solve(Hv, gv))
y = T.stack([x[0] * x[1], T.exp(x[0]), T.sin(x[1]) * b[0]])
Jx, Jb = theano.gradient.jacobian(y, [x, b])
jf = theano.function([x, b], [Jx, Jb], name='jac')
jx, jb = jf(np.array([1.0, 2.0]), np.array([0.5, 3.0]))
show("Jx", jx)
show("Jb", jb)
w = T.dvector('w')
X = T.dmatrix('X')
t = T.dvector('t')
p = T.nnet.sigmoid(T.dot(X, w))
loss = T.sum(T.nnet.binary_crossentropy(p, t))
Hw = T.hessian(loss, w)
Jp = T.jacobian(p, w)
hf = theano.function([w, X, t], [loss, Hw, Jp], name='logistic_hessian')
lv, hv, jv = hf(np.array([0.2, -0.1]), np.array([[1.0, 2.0], [0.5, -1.0], [-1.5, 0.3]]), np.array([1.0, 0.0, 1.0]))
print("loss", float(lv))
show("Hw", hv)
show("Jp", jv)
