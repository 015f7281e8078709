# Covers: compiled debugprint of an SGD step on the recurrent weight of a tanh RNN (h_t = tanh(x_t + dot(h_{t-1}, Wh)), cost the sum of the states): the gradient loop's accumulated outer products pushed out as one Dot22 of reshaped stacks, which Theano wraps in an Assert on Wh's shape (the accumulator's initial row alloc(0)[0] becomes an Alloc, dropped next to the dot), and the forward loop's buffer size that scan_save_mem builds from the three reversed and sliced reads of its output (their order, and the constants 1 its folded casts leave apart in the fused size arithmetic); costs and the weight after two steps.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
Wh = theano.shared(np.eye(4) * 0.5, name='Wh')
h0 = T.zeros((4,))


def step(x_t, h_prev):
    return T.tanh(x_t + T.dot(h_prev, Wh))


hs, _ = theano.scan(step, sequences=x, outputs_info=h0)
cost = hs.sum()
g = T.grad(cost, Wh)
train = theano.function([x], cost, updates=[(Wh, Wh - 0.1 * g)])
theano.printing.debugprint(train)
X = np.arange(12.0).reshape(3, 4) * 0.05
for i in range(2):
    print(i, repr(float(train(X))))
show("Wh", Wh.get_value())
