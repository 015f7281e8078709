# Covers: scaled matrix products as Theano compiles them (Dot22Scalar after gemm: 0.5 * dot, dot * dscalar, dot * 3 * exp(Y), dot / 4, a scale one product down, a scaled outer product that stays Dot22Scalar instead of Ger, float32 products with a float32 and a float64 scale, and a gemm that takes the scale first), and a selu MLP trained by SGD whose outer-product gradient is scaled per switch branch.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(5)
X = T.dmatrix('X'); Y = T.dmatrix('Y'); c = T.dscalar('c'); u = T.dvector('u'); w = T.dvector('w')
F = T.fmatrix('F'); G = T.fmatrix('G')
W = theano.shared(rng.randn(3, 2), name='W')
Xv = rng.randn(4, 3); Yv = rng.randn(4, 2)
f = theano.function([X, Y, c, u, w, F, G], [0.5 * T.dot(X, W), T.dot(X, W) * c, T.dot(X, W) * 3 * T.exp(Y), T.dot(X, W) / 4,
                                T.exp(Y) * (T.dot(X, W) * 0.3), 0.1 * T.outer(u, w), T.dot(F, G) * 2, T.dot(F, G) * c, T.dot(X, W) * 2 + Y], name='f')
theano.printing.debugprint(f)
Fv = rng.randn(2, 3).astype('float32'); Gv = rng.randn(3, 2).astype('float32')
for k, r in enumerate(f(Xv, Yv, 1.7, rng.randn(3), rng.randn(2), Fv, Gv)):
    show("out%d" % k, r)
Z = T.dmatrix('Z'); t = T.dvector('t')
W1 = theano.shared(rng.randn(4, 3) * 0.5, name='W1')
b1 = theano.shared(np.zeros(3), name='b1')
v1 = theano.shared(rng.randn(3) * 0.5, name='v1')
h = T.nnet.selu(T.dot(Z, W1) + b1)
cost = T.mean((T.dot(h, v1) - t) ** 2)
gW, gb, gv = T.grad(cost, [W1, b1, v1])
train = theano.function([Z, t], cost, updates=[(W1, W1 - 0.1 * gW), (b1, b1 - 0.1 * gb), (v1, v1 - 0.1 * gv)], name='train')
theano.printing.debugprint(train)
Zv = rng.randn(5, 4); tv = rng.randn(5)
for step in range(3):
    print("step", step, repr(float(train(Zv, tv))))
show("W1", W1.get_value())
show("v1", v1.get_value())
