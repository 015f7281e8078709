# Covers: debugprint of an Elman RNN's compiled SGD step (sigmoid state, softmax output per step, five parameters): Theano makes the gradient loop in place before the forward loop (scanOp_make_inplace walks the loops last first), so each weight's in-place update waits for its shapes, then the gradient loop, then the forward loop, and the weights' shapes and transposes open the toposort in that order; the cost over two steps.
import numpy as np
import theano
import theano.tensor as T

rng = np.random.RandomState(1)
wx = theano.shared(0.2 * rng.uniform(-1.0, 1.0, (2, 3)), name='wx')
wh = theano.shared(0.2 * rng.uniform(-1.0, 1.0, (3, 3)), name='wh')
w = theano.shared(0.2 * rng.uniform(-1.0, 1.0, (3, 2)), name='w')
bh = theano.shared(np.zeros(3), name='bh')
b = theano.shared(np.zeros(2), name='b')
x = T.dmatrix('x')


def recurrence(x_t, h_tm1):
    h_t = T.nnet.sigmoid(T.dot(x_t, wx) + T.dot(h_tm1, wh) + bh)
    s_t = T.nnet.softmax(T.dot(h_t, w) + b)
    return [h_t, s_t]


[h, s], _ = theano.scan(fn=recurrence, sequences=x, outputs_info=[T.zeros(3), None],
                        n_steps=x.shape[0])
cost = -T.log(s[:, 0, 0]).mean()
params = [wx, wh, w, bh, b]
gs = T.grad(cost, params)
f = theano.function([x], cost, updates=[(p, p - 0.1 * g) for p, g in zip(params, gs)])
X = np.array([[1.0, 0.5], [-0.5, 1.0], [0.2, 0.3]])
for i in range(2):
    print("cost", float(f(X)))
print(b.get_value().tolist())
theano.printing.debugprint(f)
