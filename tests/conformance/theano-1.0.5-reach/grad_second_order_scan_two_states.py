# Covers: second-order gradients through a scan with two recurrent states and non_sequences: a damped oscillator (position and velocity fed back, step size and stiffness as non_sequences, a forcing sequence), the second derivatives of the final position with respect to the stiffness, to the step size and mixed, the gradient of the squared gradient norm, and a matrix recurrence with two states (T.dot with a shared weight and a non-sequence bias) differentiated twice with respect to the weight; values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


u = T.dvector('u')
k = T.dscalar('k')
dt = T.dscalar('dt')


def osc(u_t, x, v, k, dt):
    a = -k * x - 0.1 * v + u_t
    return x + dt * v, v + dt * a


(xs, vs), _ = theano.scan(osc, sequences=u, outputs_info=[T.constant(1.0, dtype='float64'),
                                                          T.constant(0.0, dtype='float64')],
                          non_sequences=[k, dt])
gk = T.grad(xs[-1], k)
gdt = T.grad(xs[-1], dt)
f = theano.function([u, k, dt], [gk, gdt, T.grad(gk, k), T.grad(gk, dt), T.grad(gdt, dt),
                                 T.grad(gk ** 2 + gdt ** 2, [k, dt])[0]])
for r in f(np.array([0.0, 0.5, -0.5, 0.25, 0.0]), 2.0, 0.1):
    print(repr(float(r)))

Wh = theano.shared(np.array([[0.5, -0.3], [0.2, 0.4]]), name='Wh')
b = T.dvector('b')
X = T.dmatrix('X')


def rnn(x_t, h, c, b):
    c_new = 0.5 * c + T.tanh(T.dot(h, Wh) + x_t)
    return T.tanh(c_new + b), c_new


(h_s, c_s), _ = theano.scan(rnn, sequences=X, outputs_info=[T.zeros((2,)), T.zeros((2,))],
                            non_sequences=b)
cost = (h_s[-1] ** 2).sum() + c_s.sum()
gW = T.grad(cost, Wh)
g2 = T.grad((gW ** 2).sum(), [Wh, b])
fn = theano.function([X, b], [gW] + g2)
for name, v in zip(["gW", "d|gW|2/dW", "d|gW|2/db"],
                   fn(np.array([[0.1, 0.2], [-0.3, 0.4], [0.5, -0.1]]), np.array([0.05, -0.1]))):
    show(name, v)
