# Covers: debugprint of the compiled second-order gradients of an Elman RNN's BPTT (h_t = tanh(x_t W + h_{t-1} U) over a 4-row sequence, cost the squared last state): T.grad(sum(gW ** 2) + sum(gU ** 2), [W, U]), so the gradient loop, reading the states as two sequences, is differentiated again; values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


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
f = theano.function([X, h0], [cost] + gg)
theano.printing.debugprint(f)
for name, o in zip(["cost", "ggW", "ggU"], f(rng.uniform(-1, 1, (4, 3)), np.zeros(4))):
    show(name, np.round(o, 10))
