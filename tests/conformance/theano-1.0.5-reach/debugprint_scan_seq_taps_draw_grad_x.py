# Covers: the compiled gradient with respect to the sequence of a scan over x with taps [-2, -1] (T.dot(x_0 + x_1, W) in a tanh step with srng.normal noise added), the cost h[-2].sum() + h[0, 1] compiled with the loop's updates: both taps' gradients are one variable of the gradient loop, read through one of its two outputs, and scanOp_save_mem drops the other and the unread accumulator of W; debugprint, values over two calls and the stream's state.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=7)
x = T.dmatrix('x')
h0 = T.dvector('h0')
W = theano.shared(np.array([[0.5, -0.2], [0.3, 0.8], [-0.4, 0.1]]), name='W')


def step(x_0, x_1, h_prev, W):
    return T.tanh(T.dot(x_0 + x_1, W) + h_prev) + srng.normal((2,), std=0.1)


h, upd = theano.scan(step, sequences=dict(input=x, taps=[-2, -1]), outputs_info=h0, non_sequences=W)
cost = h[-2].sum() + h[0, 1]
gx = T.grad(cost, x)
f = theano.function([x, h0], [cost, gx], updates=upd)
theano.printing.debugprint(f)
xv = np.linspace(-1, 1, 15).reshape(5, 3)
for i in range(2):
    c, g = f(xv, np.array([0.2, -0.4]))
    print("cost", float(c))
    show("gx", g)
stream = list(upd)[0]
state = stream.get_value().get_state()
print(state[1][:3].tolist(), state[2])
