# Covers: debugprint of a two-state recurrence (h and c fed back from T.zeros((3,)), a per-step output h.c summed into the loss) trained by T.grad: the gradient loop's buffers for h and c are two equal zero Allocs that the merge makes one; Theano's scanOp_make_inplace gives the in-place loop a fresh Alloc for each buffer read more than once, so the compiled graph has two again; losses over two steps.
import numpy as np
import theano
import theano.tensor as T

rng = np.random.RandomState(6)
U = theano.shared(rng.normal(0, 0.3, (3, 3)), name='U')
V = theano.shared(rng.normal(0, 0.3, (3, 3)), name='V')
x = T.dmatrix('x')


def step(x_t, h_tm1, c_tm1):
    c = T.tanh(x_t + T.dot(h_tm1, U)) * c_tm1 + 0.5
    h = T.tanh(T.dot(c, V))
    return [h, c, (h * c).sum()]


[hs, cs, ys], _ = theano.scan(step, sequences=x, outputs_info=[T.zeros((3,)), T.zeros((3,)), None])
loss = (ys ** 2).sum()
gU, gV = T.grad(loss, [U, V])
train = theano.function([x], loss, updates=[(U, U - 0.1 * gU), (V, V - 0.1 * gV)])
for i in range(2):
    print("loss", float(train(np.ones((4, 3)))))
theano.printing.debugprint(train)
