# Covers: debugprint of a compiled second-order gradient through scan (T.grad(T.sum(g ** 2), W) with g = T.grad(T.sum(xs[-1] ** 2), W) of a 3-step tanh recurrence): the d(x ** 2) = 2 * x of the first-order loop's step is pushed out of the second-order loop, folded to TensorConstant{(1,) of 2} by canonicalize, and read back inside by remove_constants_and_unused_inputs_scan in the same rebuild that drops the unread sequences, so fusion folds it with -1 into TensorConstant{(1,) of -2.0}; scan_save_mem's new index over the buffer length meets that length's TensorConstant{4} again (the zeros buffers share one 4); values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(0)
W = theano.shared(rng.uniform(-0.5, 0.5, (3, 3)), name='W')
x0 = T.vector('x0')
xs, _ = theano.scan(lambda h: T.tanh(T.dot(h, W)), outputs_info=[x0], n_steps=3)
cost = T.sum(xs[-1] ** 2)
g = T.grad(cost, W)
gg = T.grad(T.sum(g ** 2), W)
f = theano.function([x0], [cost, gg])
theano.printing.debugprint(f)
c, v = f(np.array([0.5, -0.2, 0.1]))
show("cost", c)
show("gg", np.round(v, 10))
