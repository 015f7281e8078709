# Covers: compiled debugprints, FAST_RUN and FAST_COMPILE, of advanced indexing mixed with slices and masks: constant folding makes MakeSlice(TensorFromScalar(Constant{1}), NoneConst, NoneConst) one SliceConstant{1, None, None} (merged between W[v, 1:] and W[1:, v] and the gradient's increment), SliceConstant{None, None, None}, {1, 3, None}, {None, -1, None} and {0, 2, 1}; a step-only slice (W[v, ::2], W[v, ::-1]) stays a MakeSlice of NoneConsts and a folded TensorConstant (Theano's SliceConstant cannot take it); a symbolic bound W[v, k:] stays a MakeSlice; W[v, None, 1:] keeps its NoneConst; a boolean mask's AdvancedBooleanSubtensor and the gradient of a sum of squares through W[v, 1:] and through a mask; values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


W = theano.shared(np.arange(12.0).reshape(4, 3), name='W')
x3 = T.tensor3('x3')
v = T.ivector('v')
k = T.iscalar('k')
bm = T.vector('bm', dtype='bool')
outs = [W[v, 1:], W[1:, v], W[v, ::2], x3[:, v, 1:], W[v, 1:3], W[v, :-1], W[v, 0:2:1],
        W[v, ::-1], W[v, k:], W[v, None, 1:], W[bm, 1:]]
cost = T.sum(W[v, 1:] ** 2) + T.sum(W[bm] ** 2)
gW = T.grad(cost, W)
V = np.array([2, 0], dtype='int32')
X3 = np.arange(24.0).reshape(2, 3, 4)
BM = np.array([True, False, False, True])
for mode in ['FAST_RUN', 'FAST_COMPILE']:
    f = theano.function([x3, v, k, bm], outs + [gW], mode=mode)
    for o in f(X3, V, 1, BM):
        show(mode, o)
    theano.printing.debugprint(f)
