# Covers: advanced indexing that mixes integer index arrays with slices, as Theano 1.0.5 builds it (AdvancedSubtensor of every entry, a slice as MakeSlice of TensorFromScalar(Constant{k}) and NoneConst bounds): W[v, 1:], W[1:, v], W[v, ::2], x3[:, v, 1:], W[m, :2] with an index matrix, W[v, k:] with a symbolic bound, W[v, None, 1:] (NoneConst for the new axis), x3[v, :, v] and W[[0, 1], 1:]; their types, the uncompiled debugprint, values; set_subtensor / inc_subtensor of such a selection (AdvancedIncSubtensor); and the errors of bad forms (float index arrays or bounds, Python bools, too many indices, two Ellipses, AdvancedSubtensor given a mask, an index out of range at run time).
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


def attempt(name, build):
    try:
        out = build()
        print(name, 'ok', out.type)
    except Exception as e:
        print(name, type(e).__name__, str(e).splitlines()[0])


W = theano.shared(np.arange(12.0).reshape(4, 3), name='W')
x3 = T.tensor3('x3')
v = T.ivector('v')
m = T.imatrix('m')
k = T.iscalar('k')
y = T.vector('y')
outs = [W[v, 1:], W[1:, v], W[v, ::2], x3[:, v, 1:], W[m, :2], W[v, k:], W[v, None, 1:],
        x3[v, :, v], W[[0, 1], 1:]]
for o in outs:
    print(o.type)
theano.printing.debugprint(outs[:7])
f = theano.function([x3, v, m, k], outs)
V = np.array([2, 0], dtype='int32')
M = np.array([[0, 3], [1, 1]], dtype='int32')
X3 = np.arange(36.0).reshape(3, 3, 4)
for o in f(X3, V, M, 1):
    show('out', o)
put = T.set_subtensor(W[v, 1:], y)
add = T.inc_subtensor(W[1:, v], 1.5)
step = T.inc_subtensor(W[v, ::2], y[:1])
theano.printing.debugprint([put, add])
g = theano.function([v, y], [put, add, step])
for o in g(V, np.array([10.0, 20.0])):
    show('inc', o)
fv = T.vector('fv')
fs = T.scalar('fs')
bm = T.vector('bm', dtype='bool')
attempt('float array and slice', lambda: W[fv, 1:])
attempt('float arrays', lambda: W[fv, v])
attempt('float literal bound', lambda: W[v, 1.5:])
attempt('float symbolic bound', lambda: W[v, fs:])
attempt('float number', lambda: W[v, 1.5])
attempt('python bools', lambda: W[[True, False], 1:])
attempt('too many', lambda: W[v, 1:, 0])
attempt('two ellipses', lambda: W[..., v, ...])
attempt('ellipsis', lambda: W[..., v])
attempt('advanced_subtensor of a mask', lambda: T.subtensor.advanced_subtensor(W, bm))
attempt('advanced_inc_subtensor of a mask', lambda: T.subtensor.advanced_inc_subtensor(W, y, bm))
h = theano.function([v], W[v, 1:])
try:
    h(np.array([5], dtype='int32'))
except IndexError as e:
    print('IndexError', str(e).splitlines()[0])
