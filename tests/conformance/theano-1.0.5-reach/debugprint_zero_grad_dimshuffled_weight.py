# Covers: a training step whose cost floors a sum of squares (T.sum(J ** 2) // 2), so the weight's gradient through the integer division is zero: J = sigmoid(dot(x, W) + b) broadcast against W.dimshuffle('x', 0, 1); in specialize local_opt_alloc and local_mul_specialize make the zero path mul(-0.1, Alloc(0.0, ...)) and local_add_specialize reads it with get_scalar_constant_value (through Alloc, DimShuffle and the computed Cast), drops it, and the W update compiles to one Gemm{inplace}; debugprint of the function, its value and the updated W and b.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


rng = np.random.RandomState(0)
x = T.matrix('x')
W = theano.shared(rng.uniform(-1, 1, (3, 4)), name='W')
b = theano.shared(np.zeros(4), name='b')
h = T.nnet.sigmoid(T.dot(x, W) + b)
J = h.dimshuffle(0, 'x', 1) * W.dimshuffle('x', 0, 1)
L = T.sum(J ** 2) // 2
gW, gb = T.grad(L, [W, b])
f = theano.function([x], L, updates=[(W, W - 0.1 * gW), (b, b - 0.1 * gb)])
theano.printing.debugprint(f)
xv = rng.uniform(size=(2, 3))
show("L", f(xv))
show("W", W.get_value())
show("b", b.get_value())
