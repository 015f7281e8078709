# Covers: gradients through advanced indexing mixed with slices and masks, as Theano 1.0.5 takes them: T.grad of W[v, 1:] and W[m, ::2] (AdvancedIncSubtensor of zeros_like(W) at the same MakeSlice inputs), of set_subtensor(W[v, 1:], y) (the set part gets zeros like y, y the picked part) and of inc_subtensor(W[1:, v], b) and inc_subtensor(W[v, 1:], r) with an increment b (a vector) and r (a row) broadcast over the selection (their gradients summed back over the broadcast axes), of a boolean mask's selection and increment (AdvancedBooleanIncSubtensor / AdvancedBooleanSubtensor), the uncompiled gradient graph, an SGD loop on a shared W with those updates, values and the compiled debugprint.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 8).tolist())


W = theano.shared(np.linspace(-1.0, 1.0, 12).reshape(4, 3), name='W')
v = T.ivector('v')
m = T.imatrix('m')
y = T.matrix('y')
b = T.vector('b')
r = T.row('r')
bm = T.vector('bm', dtype='bool')
cost = (T.sum(W[v, 1:] ** 2) + T.sum(W[m, ::2]) + T.sum(T.set_subtensor(W[v, 1:], y) ** 2)
        + T.sum(T.inc_subtensor(W[1:, v], b) ** 2) + T.sum(T.inc_subtensor(W[v, 1:], r) * 2)
        + T.sum(W[bm, 1:] ** 3) + T.sum(T.inc_subtensor(W[bm], b[0]) ** 2))
gW, gy, gb, gr = T.grad(cost, [W, y, b, r])
theano.printing.debugprint(T.grad(T.sum(W[v, 1:] ** 2), W))
print(gy.type, gb.type, gr.type)
train = theano.function([v, m, y, b, r, bm], [cost, gy, gb, gr], updates=[(W, W - 0.05 * gW)])
V = np.array([2, 0], dtype='int32')
M = np.array([[0, 3], [1, 1]], dtype='int32')
Y = np.array([[0.5, -0.5], [1.0, 2.0]])
B = np.array([0.25, -1.0])
R = np.array([[3.0, -2.0]])
BM = np.array([True, False, True, False])
for i in range(3):
    c, a1, a2, a3 = train(V, M, Y, B, R, BM)
    print(i, round(float(c), 8))
show('gy', a1)
show('gb', a2)
show('gr', a3)
show('W', W.get_value())
theano.printing.debugprint(train)
