# Covers: a bidirectional recurrence: one scan over the sequence forwards and one with go_backwards=True, the backward states reversed with [::-1] and joined with T.concatenate(axis=1); outputs_info from T.zeros_like of a row, a shared weight matrix per direction, the gradient of the summed states w.r.t. both weights through both scans, and the values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.matrix('x')
Wf = theano.shared(np.array([[0.3, -0.2], [0.5, 0.1]]), name='Wf')
Wb = theano.shared(np.array([[-0.4, 0.2], [0.1, 0.6]]), name='Wb')


def fwd(x_t, h_tm1):
    return T.tanh(x_t + T.dot(h_tm1, Wf))


def bwd(x_t, h_tm1):
    return T.tanh(x_t + T.dot(h_tm1, Wb))


h_f, _ = theano.scan(fwd, sequences=x, outputs_info=T.zeros_like(x[0]))
h_b, _ = theano.scan(bwd, sequences=x, outputs_info=T.zeros_like(x[0]), go_backwards=True)
h_b_aligned = h_b[::-1]
h = T.concatenate([h_f, h_b_aligned], axis=1)
f = theano.function([x], [h_f, h_b, h], name='birnn')
xv = np.array([[1.0, 0.5], [-0.5, 0.2], [0.3, -1.0], [0.0, 0.4]])
hf, hb, hh = f(xv)
show("h_f", hf)
show("h_b", hb)
show("h", hh)
cost = T.sum(h ** 2)
gf, gb = T.grad(cost, [Wf, Wb])
g = theano.function([x], [cost, gf, gb], name='grads')
c, a, bb = g(xv)
print("cost", float(c))
show("dWf", a)
show("dWb", bb)
