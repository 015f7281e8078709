# Covers: the compiled SGD step of a tanh RNN with a bias (Wh and bh trained): the 0-d TensorConstant{0.0} of the bias gradient loop's Alloc buffer and the Gemv's beta are one constant in Theano (local_subtensor_of_alloc's Subtensor{}(0.0) of that Alloc is constant-folded into a new 0.0 after the last reader of the as-built 0.0 was pruned, so the new one is kept and the Gemv's beta, met again when local_inplace_gemv imports Gemv{inplace}, is merged into it).
import numpy as np
import theano
import theano.tensor as T
rng = np.random.RandomState(2)
Wx = theano.shared(rng.normal(0, 0.4, (2, 3)), name='Wx')
Wh = theano.shared(rng.normal(0, 0.4, (3, 3)), name='Wh')
bh = theano.shared(np.zeros(3), name='bh')
V = theano.shared(rng.normal(0, 0.4, (3,)), name='V')
x = T.matrix('x')
hs, upd = theano.scan(lambda x_t, h: T.tanh(T.dot(x_t, Wx) + T.dot(h, Wh) + bh), sequences=x, outputs_info=T.zeros((3,)))
cost = T.dot(hs[-1], V) ** 2
params = [Wh, bh]
train = theano.function([x], cost, updates=[(p, p - 0.1 * g) for p, g in zip(params, T.grad(cost, params))])
theano.printing.debugprint(train)
