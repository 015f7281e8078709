# Covers: compiled gradients of a batch mean of per-example sums, as training code writes its costs: T.mean(T.sum(T.dot(x, W), axis=1)), the same over sqr(x), a per-example tanh activation sum, a sum over examples of column means, and a per-example squared error summed over outputs; the gradient's alloc of an alloc (the mean's row broadcast, then the sum's column broadcast) becomes one Alloc (Theano's local_merge_alloc); debugprint of each compiled function and its values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
t = T.dmatrix('t')
W = theano.shared(np.eye(3) * 0.5 + 0.1, name='W')
data = np.arange(12.0).reshape(4, 3) / 12
targets = np.ones((4, 3))
costs = [("row_sums", T.mean(T.sum(T.dot(x, W), axis=1))),
         ("row_sums_sqr", T.mean(T.sum(T.dot(T.sqr(x), W), axis=1))),
         ("row_sums_tanh", T.mean(T.sum(T.tanh(T.dot(x, W)), axis=1))),
         ("col_means", T.sum(T.mean(T.dot(x, W), axis=0))),
         ("squared_error", T.mean(T.sum((t - T.dot(x, W)) ** 2, axis=1)))]
for name, c in costs:
    f = theano.function([x, t], T.grad(c, W), on_unused_input='ignore', name=name)
    print(name)
    theano.printing.debugprint(f)
    show("dW", f(data, targets))
