# Covers: debugprint of uncompiled gradients whose terms reach one variable through several outputs of a scan: a two-output map over [x, x[::-1]] whose first output reads only the reversed sequence (Theano's grad walks from each output of the loop to the inputs that output depends on, Scan.connection_pattern, so the reversed path's term is summed first), and the second-order gradients of an Elman RNN's BPTT with respect to W and U (the hidden states reach the gradient loop as two sequences, hs[:-1][::-1] and hs[::-1][:-1]); values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
(first, second), _ = theano.scan(lambda a, b: [b * 2.0, a * 3.0], sequences=[x, x[::-1]])
g = T.grad(T.sum(first) + T.sum(second), x)
theano.printing.debugprint(g)
show("g", theano.function([x], g)(np.array([1.0, 2.0, 3.0])))

rng = np.random.RandomState(0)
W = theano.shared(rng.uniform(-0.5, 0.5, (3, 4)), name='W')
U = theano.shared(rng.uniform(-0.5, 0.5, (4, 4)), name='U')
X = T.matrix('X')
h0 = T.vector('h0')
hs, _ = theano.scan(lambda x_t, h: T.tanh(T.dot(x_t, W) + T.dot(h, U)),
                    sequences=X, outputs_info=[h0])
cost = T.sum(hs[-1] ** 2)
gW, gU = T.grad(cost, [W, U])
gg = T.grad(T.sum(gW ** 2) + T.sum(gU ** 2), [W, U])
theano.printing.debugprint(gg)
f = theano.function([X, h0], gg)
for name, v in zip(["ggW", "ggU"], f(rng.uniform(-1, 1, (4, 3)), np.array([0.1, -0.2, 0.3, 0.0]))):
    show(name, np.round(v, 10))
