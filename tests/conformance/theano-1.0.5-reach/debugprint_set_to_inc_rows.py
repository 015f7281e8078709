# Covers: set_subtensor(x[idx], x[idx] + y) with an integer-vector index compiles to AdvancedIncSubtensor1{inc} of y (a repeated index then adds twice, as Theano's compiled function does): a sparse AdaGrad accumulator on embedding rows, y + x[idx] in either order, a broadcast row and a constant; a sum of three terms, a product, a difference and a slice keep the set.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


H = theano.shared(np.zeros((4, 2)), name='H')
idx = T.ivector('idx'); g = T.dmatrix('g'); v = T.dvector('v')
cases = [T.set_subtensor(H[idx], H[idx] + g), T.set_subtensor(H[idx], g + H[idx]), T.set_subtensor(H[idx], H[idx] + g + g),
         T.set_subtensor(H[idx], H[idx] * g), T.set_subtensor(H[1:3], H[1:3] + g), T.set_subtensor(H[idx], H[idx] - g),
         T.set_subtensor(H[idx], H[idx] + v), T.set_subtensor(H[idx], H[idx] + 1.0)]
for c in cases:
    f = theano.function([idx, g, v], c, on_unused_input='ignore')
    theano.printing.debugprint(f)
    show('rows', f(np.array([1, 1], dtype='int32'), np.ones((2, 2)), np.ones(2)))
E = theano.shared(np.ones((4, 2)), name='E')
rows = E[idx]
cost = T.sum((rows - 2.0) ** 2)
gr = T.grad(cost, rows)
new_h = H[idx] + gr ** 2
train = theano.function([idx], cost, updates=[(H, T.set_subtensor(H[idx], new_h)),
                                             (E, T.inc_subtensor(rows, -0.5 * gr / T.sqrt(new_h + 1e-6)))])
for k in range(2):
    print(float(train(np.array([1, 3, 3], dtype='int32'))))
show('E', E.get_value()); show('H', H.get_value())
theano.printing.debugprint(train)
