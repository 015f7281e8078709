# Covers: BPTT: a tanh RNN h_t = tanh(x_t W_in + h_{t-1} W_rec) written with theano.scan (sequences + outputs_info + shared weights read inside the step), squared-error cost on the last state, T.grad w.r.t. both shared matrices through the scan, 3 SGD steps; costs and weights.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
target = T.dvector('target')
W_in = theano.shared(np.array([[0.5, -0.3], [0.2, 0.8]]), name='W_in')
W_rec = theano.shared(np.array([[0.1, 0.4], [-0.6, 0.2]]), name='W_rec')
h0 = T.zeros((2,))
h, _ = theano.scan(lambda x_t, h_prev: T.tanh(T.dot(x_t, W_in) + T.dot(h_prev, W_rec)), sequences=x, outputs_info=h0)
cost = T.sum((h[-1] - target) ** 2)
g_in, g_rec = T.grad(cost, [W_in, W_rec])
train = theano.function([x, target], [cost, h], updates=[(W_in, W_in - 0.3 * g_in), (W_rec, W_rec - 0.3 * g_rec)],
                        name='train_rnn')
xv = np.array([[1.0, 0.0], [0.5, -1.0], [0.0, 2.0]])
tv = np.array([0.5, -0.5])
for step in range(3):
    c, hv = train(xv, tv)
    print("step", step, "cost", float(c))
    show("h", hv)
show("W_in", W_in.get_value())
show("W_rec", W_rec.get_value())
grads = theano.function([x, target], [g_in, g_rec], name='grads')
for name, val in zip(["g_in", "g_rec"], grads(xv, tv)):
    show(name, val)
