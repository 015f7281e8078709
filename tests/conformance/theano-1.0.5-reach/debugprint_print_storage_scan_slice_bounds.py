# Covers: theano.printing.debugprint(f, print_storage=True) of an RNN's compiled gradient (scan): the integer constants the slice arithmetic builds (the loop buffers' bounds, TensorConstant{0}, {-1}, {1}) print their storage as plain arrays ([array(-1)]), next to the shared weights' values and [None] for computed variables.
import numpy as np
import theano
import theano.tensor as T

x = T.dmatrix('x')
t = T.dvector('t')
W_in = theano.shared(np.array([[0.5, -1.0], [0.25, 1.5], [0.5, -0.5]]), name='W_in')
W = theano.shared(np.array([[0.1, -0.2], [0.3, 0.4]]), name='W')
w_out = theano.shared(np.array([1.0, -1.0]), name='w_out')


def step(x_t, h_tm1, W_in, W):
    h_t = T.tanh(T.dot(x_t, W_in) + T.dot(h_tm1, W))
    return h_t, T.dot(h_t, w_out)


[h, y], _ = theano.scan(step, sequences=x, outputs_info=[T.zeros((2,), 'float64'), None],
                        non_sequences=[W_in, W])
cost = ((y - t) ** 2).mean()
g = T.grad(cost, [W_in, W])
train = theano.function([x, t], cost, updates=[(p, p - 0.1 * gp) for p, gp in zip([W_in, W], g)])
theano.printing.debugprint(train, print_storage=True)
print(float(train(np.array([[1.0, 2.0, 3.0], [-1.0, 0.5, 0.0]]), np.array([0.5, -0.5]))))
