# Covers: debugprint of the gradient of an Elman step's two biases (a sigmoid state and a softmax output per step, outputs_info=[h0, None], n_steps=x.shape[0]): the gradient loop's sums for the weight nobody asked for are dropped after Theano has sized the loop, and both bias sums, past the first position, read the rows they keep through one n - (-1 + n + 1) + 1 built from n_steps + 1 afresh; the gradients' values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(1)
wh = theano.shared(0.2 * rng.uniform(-1.0, 1.0, (2, 2)), name='wh')
bh = theano.shared(np.zeros(2), name='bh')
b = theano.shared(np.zeros(2), name='b')
x = T.dmatrix('x')


def recurrence(x_t, h_tm1):
    h_t = T.nnet.sigmoid(x_t + T.dot(h_tm1, wh) + bh)
    s_t = T.nnet.softmax(h_t + b)
    return [h_t, s_t]


[h, s], _ = theano.scan(fn=recurrence, sequences=x, outputs_info=[T.zeros(2), None],
                        n_steps=x.shape[0])
cost = -T.log(s[:, 0, 0]).mean()
gbh, gb = T.grad(cost, [bh, b])
f = theano.function([x], [gbh, gb])
for g in f(np.ones((3, 2))):
    show("g", g)
theano.printing.debugprint(f)
