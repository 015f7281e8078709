# Covers: T.grad through scan w.r.t. everything a loop takes: the sequence, the initial state (outputs_info), a non_sequence vector and a shared matrix read inside the step, for the cost on the last state and on the sum of all states; a recurrence h_t = tanh(dot(h_{t-1}, W) + x_t * v); values of each gradient.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
h0 = T.dvector('h0')
v = T.dvector('v')
W = theano.shared(np.array([[0.6, -0.1], [0.2, 0.4]]), name='W')


def step(x_t, h_tm1, v):
    return T.tanh(T.dot(h_tm1, W) + x_t * v)


h, _ = theano.scan(step, sequences=x, outputs_info=h0, non_sequences=v)
xv = np.array([[0.5, -1.0], [1.0, 0.25], [-0.5, 0.5]])
h0v = np.array([0.1, -0.2])
vv = np.array([1.5, 0.5])
for label, cost in [("last", T.sum(h[-1] ** 2)), ("all", T.sum(h))]:
    gx, gh0, gv, gW = T.grad(cost, [x, h0, v, W])
    f = theano.function([x, h0, v], [cost, gx, gh0, gv, gW], name=label)
    c, a, b, cc, d = f(xv, h0v, vv)
    print(label, float(c))
    show("  dx", a)
    show("  dh0", b)
    show("  dv", cc)
    show("  dW", d)
