# Covers: an update whose product has two operands computed by Gemv, u <- T.tanh(T.dot(B, z)) * (u + T.dot(A, x)): the fused Composite overwrites the operand the Gemv computed in place on u (Theano's inplace_elemwise_optimizer tries an update's own input, then a value computed in place on it, then the rest), [(0, 1)]; the compiled debugprint and u after two calls.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


u = theano.shared(np.zeros(2), name='u')
A = T.dmatrix('A')
B = T.dmatrix('B')
x = T.dvector('x')
z = T.dvector('z')
f = theano.function([A, x, B, z], [], updates=[(u, T.tanh(T.dot(B, z)) * (u + T.dot(A, x)))])
theano.printing.debugprint(f)
for call in range(2):
    f(np.eye(2), np.ones(2), np.array([[1.0, 2.0], [0.5, -1.0]]), np.ones(2))
    show("u", u.get_value())
