# Covers: the uncompiled debugprint of T.grad through a tanh RNN (theano.printing.debugprint(T.grad(cost, W)) before any function): a sequence, an initial state of zeros and shared weights read inside the step; Theano's grad_of_scan_fn loop (the forward outputs and sequence read reversed, a zero-filled accumulator per weight, the initial state's gradient buffer) and its inner graph, for the recurrent weight, the input weight and the bias; values of the gradients.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(5)
x = T.dmatrix('x')
Wx = theano.shared(rng.randn(3, 2) * 0.5, name='Wx')
Wh = theano.shared(rng.randn(2, 2) * 0.5, name='Wh')
b = theano.shared(np.zeros(2), name='b')
h0 = T.zeros((2,))


def step(x_t, h_prev):
    return T.tanh(T.dot(x_t, Wx) + T.dot(h_prev, Wh) + b)


hs, _ = theano.scan(step, sequences=x, outputs_info=h0)
cost = T.sum(hs[-1] ** 2)
theano.printing.debugprint(T.grad(cost, Wh))
theano.printing.debugprint(T.grad(cost, [Wx, b]))
f = theano.function([x], T.grad(cost, [Wx, Wh, b]))
for name, v in zip(["dWx", "dWh", "db"], f(rng.randn(4, 3))):
    show(name, v)
