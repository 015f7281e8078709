# Covers: a float32 autoencoder with tied weights as a user writes it: sigmoid(x W + b), reconstruction sigmoid(h W.T + b'), the per-row mean squared error summed over the batch, L1 and L2 penalties, SGD with a float32 rate; the bias updates read three-input float32 products and sums, which Theano computes in float64 and rounds once; debugprint of the compiled training function, then costs and the float32 parameters (every bit) over 3 steps.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rs = np.random.RandomState(9)
x = T.fmatrix('x')
W = theano.shared((rs.randn(3, 3) * 0.5).astype('float32'), name='W')
b = theano.shared(np.zeros(3, dtype='float32'), name='b')
b_prime = theano.shared(np.zeros(3, dtype='float32'), name='b_prime')
h = T.nnet.sigmoid(T.dot(x, W) + b)
z = T.nnet.sigmoid(T.dot(h, W.T) + b_prime)
cost = T.sum(T.mean((z - x) ** 2, axis=1))
cost = cost + 0.01 * abs(W).sum() + 0.001 * T.sqr(W).sum()
params = [W, b, b_prime]
grads = T.grad(cost, params)
train = theano.function([x], cost,
                        updates=[(q, q - np.float32(0.5) * g) for q, g in zip(params, grads)])
theano.printing.debugprint(train)
data = rs.uniform(0, 1, (3, 3)).astype('float32')
for step in range(3):
    print("step", step, "cost", float(train(data)))
for q in params:
    show(q.name, q.get_value())
