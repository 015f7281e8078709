# Covers: second-order gradients through a scan (T.grad of a gradient whose graph holds Theano's grad_of_scan_fn loop, so the gradient loop is differentiated again): the second derivative of a scalar tanh recurrence's last step with respect to its recurrent weight, and a Hessian-vector product T.grad(T.sum(T.grad(cost, W) * V), W) of a small RNN's cost; values.
import numpy as np
import theano
import theano.tensor as T

x = T.dvector('x')
w = T.dscalar('w')
hs, _ = theano.scan(lambda x_t, h: T.tanh(h * w + x_t), sequences=x,
                    outputs_info=T.zeros(()).astype('float64'))
g = T.grad(hs[-1], w)
g2 = T.grad(g, w)
f = theano.function([x, w], [g, g2])
print([repr(float(a)) for a in f(np.array([0.1, 0.2, 0.3]), 0.5)])

X = T.dmatrix('X')
W = theano.shared(np.array([[0.3, -0.2], [0.1, 0.4]]), name='W')
V = T.dmatrix('V')
rnn, _ = theano.scan(lambda x_t, h: T.tanh(T.dot(h, W) + x_t), sequences=X,
                     outputs_info=T.zeros((2,)))
cost = (rnn ** 2).sum()
gW = T.grad(cost, W)
Hv = T.grad(T.sum(gW * V), W)
hv = theano.function([X, V], [gW, Hv])
for a in hv(np.arange(6.0).reshape(3, 2) / 10, np.array([[1.0, 0.0], [0.5, -1.0]])):
    print(np.asarray(a).round(12).tolist())
