# Covers: theano.tensor.extra_ops.unravel_index (UnravelIndex{ndim, order}: int64 outputs of the indices' shape, a tuple of them; dims from a tuple are int64, an int32 array keeps its dtype; ndim= needed for symbolic dims; order='F' still unravels in C order, as Theano 1.0.5 does), ravel_multi_index (RavelMultiIndex{mode, order}) and bartlett (Bartlett, float64, its shape a switch of M < 0); values, compiled debugprints (bartlett of a constant folded), pp, the errors for a run-time out-of-range index, non-integer input, a multi_index that is not a list, and their gradients; the same names in theano.tensor.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


from theano.tensor import extra_ops


def report(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, str(e).split('\n')[0])


i = T.ivector('i'); d = T.ivector('d'); s = T.iscalar('s')
u = extra_ops.unravel_index(i, (3, 4))
print(type(u).__name__, len(u), [v.dtype for v in u], u[0].owner.op, u[0].owner.inputs[1].dtype)
print(extra_ops.unravel_index(i, np.array([3, 4], dtype='int32'))[0].owner.inputs[1].dtype)
report('symbolic dims', lambda: extra_ops.unravel_index(i, d))
u2 = extra_ops.unravel_index(i, d, order='F', ndim=2)
u3 = T.unravel_index(s, (2, 3, 4))
f = theano.function([i, s], list(u) + list(u3))
for v in f(np.array([5, 7], dtype='int32'), 13):
    show('u', v)
theano.printing.debugprint(f)
report('out of range', lambda: f(np.array([12], dtype='int32'), 1))
r = extra_ops.ravel_multi_index((i, i), (3, 4))
r2 = T.ravel_multi_index([i, i], d, mode='clip', order='F')
g = theano.function([i, d], [r, r2, u2[0]])
for v in g(np.array([1, 2], dtype='int32'), np.array([3, 4], dtype='int32')):
    show('r', v)
theano.printing.debugprint(g)
report('ravel not list', lambda: extra_ops.ravel_multi_index(i, (3, 4)))
report('unravel float', lambda: extra_ops.unravel_index(T.dvector(), (3, 4)))
M = T.iscalar('M')
b = extra_ops.bartlett(M)
print(b.dtype, b.owner.op, b.broadcastable)
bf = theano.function([M], [b, b.shape])
for n in (6, 1, 0, -2):
    w, sh = bf(n)
    show('bartlett', w); show('shape', sh)
theano.printing.debugprint(bf)
theano.printing.debugprint(theano.function([], T.bartlett(T.constant(5))))
report('bartlett vector', lambda: extra_ops.bartlett(T.ivector()))
report('bartlett float', lambda: extra_ops.bartlett(T.dscalar()))
report('grad unravel', lambda: T.grad(T.sum(u[0]) * 1.0, i))
x = T.dscalar('x')
report('grad bartlett', lambda: T.grad(T.sum(extra_ops.bartlett(T.cast(x, 'int32')) * x), x))
print(theano.pp(u[0]), theano.pp(r), theano.pp(b))
