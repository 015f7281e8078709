# Covers: input noise added during training: x_noisy = x + srng.normal(size=x.shape, std=0.05) with x supplied through givens from a shared dataset, srng.uniform jitter on the learning rate, a function with no_default_updates=True for a noiseless-looking but frozen draw, seed() of the RandomStreams between epochs to repeat a run; costs, parameters and positions.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=77)
data = theano.shared(np.array([[1.0, 2.0], [0.5, -1.0], [-0.5, 0.25], [2.0, 0.0]]), name='data', borrow=True)
target = theano.shared(np.array([1.0, 0.0, 0.5, 2.0]), name='target', borrow=True)
w = theano.shared(np.zeros(2), name='w')
x = T.matrix('x')
t = T.vector('t')
x_noisy = x + srng.normal(size=x.shape, std=0.05)
lr = 0.1 * (1 + srng.uniform(low=-0.1, high=0.1))
cost = T.mean(T.sqr(T.dot(x_noisy, w) - t))
gw = T.grad(cost, w)
i = T.lscalar('i')
train = theano.function([i], [cost, lr], updates=[(w, w - lr * gw)],
                        givens={x: data[i * 2:(i + 1) * 2], t: target[i * 2:(i + 1) * 2]}, name='train')
peek = theano.function([i], cost, givens={x: data[i * 2:(i + 1) * 2], t: target[i * 2:(i + 1) * 2]},
                       no_default_updates=True, name='peek')
for run in range(2):
    srng.seed(123)
    w.set_value(np.zeros(2))
    for epoch in range(2):
        for b in range(2):
            c, l = train(b)
            print("run", run, "epoch", epoch, "batch", b, float(c), float(l))
        print("peek", float(peek(0)), float(peek(0)))
    show("w", w.get_value())
    print("positions", [int(r.get_value().get_state()[2]) for r, u in srng.state_updates])
