# Covers: a two-layer MLP whose second hidden layer is T.nnet.relu (0.5 * (z + abs(z))), a softmax output, the NLL summed over the picked log-probabilities and divided by the batch size, an L1 penalty and SGD; the relu's gradient reads 0.5 * dot(g, Wo.T) twice and BLAS makes each a Dot22Scalar whose scale is a DimShuffle{} of the (1, 1) constant 0.5, folded in specialize: the two become one node at the merge after fusion (also the gemm scales, folded there); debugprint of the compiled training function, then costs and parameters over 2 steps.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rs = np.random.RandomState(230)
x = T.dmatrix('x')
y = T.ivector('y')
W0 = theano.shared(rs.randn(4, 3) * 0.5, name='W0')
b0 = theano.shared(np.zeros(3), name='b0')
h = T.maximum(T.dot(x, W0) + b0, 0)
W1 = theano.shared(rs.randn(3, 5) * 0.5, name='W1')
b1 = theano.shared(np.zeros(5), name='b1')
h = T.nnet.relu(T.dot(h, W1) + b1)
Wo = theano.shared(rs.randn(5, 2) * 0.5, name='Wo')
bo = theano.shared(np.zeros(2), name='bo')
p = T.nnet.softmax(T.dot(h, Wo) + bo)
cost = -T.sum(T.log(p)[T.arange(y.shape[0]), y]) / y.shape[0]
cost = cost + 0.01 * (abs(W0).sum() + abs(W1).sum() + abs(Wo).sum())
params = [W0, b0, W1, b1, Wo, bo]
grads = T.grad(cost, params)
train = theano.function([x, y], cost, updates=[(q, q - 0.5 * g) for q, g in zip(params, grads)])
theano.printing.debugprint(train)
data = rs.uniform(-1, 1, (4, 4))
labels = rs.randint(0, 2, 4).astype('int32')
for step in range(2):
    print("step", step, "cost", float(train(data, labels)))
for q in params:
    show(q.name, q.get_value())
