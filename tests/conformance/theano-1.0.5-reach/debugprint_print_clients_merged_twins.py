# Covers: theano.printing.debugprint(f, print_clients=True) of an RNN's compiled gradients: the gradient loop's output is reshaped once for each pushed-out dot, and the two Reshapes become twins only when scan_merge_inouts merges the loop's outputs; Theano's merge feature, attached since the first merge, has seen the first one and keeps it, so the Reshape's readers list the dot of the recurrent weights' gradient first.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


x = T.dmatrix('x')
t = T.dvector('t')
W_in = theano.shared(np.array([[0.5, -1.0], [0.25, 1.5], [0.5, -0.5]]), name='W_in')
W = theano.shared(np.array([[0.1, -0.2], [0.3, 0.4]]), name='W')
W_out = theano.shared(np.array([1.0, -1.0]), name='W_out')
h0 = theano.shared(np.zeros(2), name='h0')


def step(x_t, h_tm1):
    h_t = T.tanh(T.dot(x_t, W_in) + T.dot(h_tm1, W))
    return h_t, T.dot(h_t, W_out)


[h, y], _ = theano.scan(step, sequences=x, outputs_info=[h0, None])
cost = ((y - t) ** 2).sum()
g = T.grad(cost, [W_in, W, W_out])
f = theano.function([x, t], g)
theano.printing.debugprint(f, print_clients=True)
xv = np.array([[1.0, 2.0, 3.0], [-1.0, 0.5, 0.0], [0.5, 0.5, -2.0]])
tv = np.array([0.5, -0.5, 1.0])
for name, v in zip(['gW_in', 'gW', 'gW_out'], f(xv, tv)):
    show(name, v)
