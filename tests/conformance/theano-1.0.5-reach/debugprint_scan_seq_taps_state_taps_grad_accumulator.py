# Covers: the compiled gradient of h[-1].sum() through a scan over x with taps [0, 1] and a state with taps [-2, -1] (dict(initial=h0, taps=[-2, -1])), T.tanh(T.dot(x_0 + x_1, W) + 0.5 * (h_2 + h_1)), with respect to the shared W, h0 and x: the accumulated outer products of W are pushed out of the gradient loop as one Dot22, and scanOp_save_mem leaves the loop's unread accumulator in it while x's gradient, the output after it, is read (past h's gradient buffer, written at two taps, Theano reads the outputs' positions one place early); with respect to W and h0 alone the accumulator leaves; debugprints and values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
h0 = T.dmatrix('h0')
W = theano.shared(np.array([[0.5, -0.2], [0.3, 0.8]]), name='W')


def step(x_0, x_1, h_2, h_1, W):
    return T.tanh(T.dot(x_0 + x_1, W) + 0.5 * (h_2 + h_1))


h, _ = theano.scan(step, sequences=dict(input=x, taps=[0, 1]),
                   outputs_info=dict(initial=h0, taps=[-2, -1]), non_sequences=W)
cost = h[-1].sum()
f = theano.function([x, h0], [cost] + T.grad(cost, [W, h0, x]))
theano.printing.debugprint(f)
g = theano.function([x, h0], T.grad(cost, [W, h0]))
theano.printing.debugprint(g)
xv = np.linspace(-1, 1, 12).reshape(6, 2)
hv = np.array([[0.2, -0.4], [0.1, 0.3]])
for name, v in zip(["cost", "dW", "dh0", "dx"], f(xv, hv)):
    show(name, v)
for name, v in zip(["dW", "dh0"], g(xv, hv)):
    show(name, v)
