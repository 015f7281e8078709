# Covers: an RNN regression trained with truncated BPTT: theano.scan(..., truncate_gradient=2) over a sequence with outputs_info of a shared initial state, a squared error on every step's readout, T.grad w.r.t. the recurrent, input and output weights, SGD over 3 steps against the same model with truncate_gradient=-1; costs and weights of both.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
t = T.dvector('t')
for trunc in [2, -1]:
    W_in = theano.shared(np.array([[0.3, -0.2, 0.1]]), name='W_in')
    W_rec = theano.shared(np.array([[0.5, 0.1, 0.0], [-0.2, 0.4, 0.1], [0.0, 0.3, 0.2]]), name='W_rec')
    w_out = theano.shared(np.array([1.0, -0.5, 0.25]), name='w_out')
    h_init = theano.shared(np.zeros(3), name='h_init')

    def step(x_t, h_tm1):
        return T.tanh(T.dot(x_t, W_in) + T.dot(h_tm1, W_rec))

    h, _ = theano.scan(step, sequences=x, outputs_info=h_init, truncate_gradient=trunc)
    y = T.dot(h, w_out)
    cost = T.mean((y - t) ** 2)
    params = [W_in, W_rec, w_out]
    grads = T.grad(cost, params)
    train = theano.function([x, t], cost, updates=[(p, p - 0.2 * g) for p, g in zip(params, grads)],
                            name='train_%d' % trunc)
    xv = np.array([[1.0], [0.5], [-1.0], [0.0], [0.5]])
    tv = np.array([0.2, 0.4, -0.1, 0.0, 0.3])
    for step_i in range(3):
        print("trunc", trunc, "step", step_i, float(train(xv, tv)))
    for p in params:
        show(p.name, p.get_value())
