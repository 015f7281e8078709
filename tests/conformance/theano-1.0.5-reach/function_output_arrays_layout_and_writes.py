# Covers: the arrays a compiled function returns, as a script that writes into them or reads their layout meets them: for fills (ones_like, zeros_like, fill, second, a sum's gradient), allocs, transposes, slices, reshapes, shapes, draws of RandomStreams and MRG_RandomStreams, shared values, reductions, softmax, joins, casts, set/inc_subtensor and gradients, in FAST_RUN and FAST_COMPILE: the type, dtype, strides, writeable/owndata/C-contiguous flags, whether a write succeeds, whether a second call returns the same object, and whether the result shares memory with the inputs.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams
from theano.sandbox.rng_mrg import MRG_RandomStreams
srng = RandomStreams(1)
mrg = MRG_RandomStreams(2)
x = T.dvector('x')
m = T.dmatrix('m')
W = theano.shared(np.ones((3, 2)), name='W')
outs = {'T': m.T, 'slice': x[::2], 'row': m[0], 'reshape': m.reshape((3, 2)), 'flatten': m.flatten(),
        'tile': T.tile(x, (2,)), 'repeat': T.repeat(x, 2), 'shape': m.shape, 'shape0': m.shape[0],
        'arange': T.arange(x.shape[0]), 'eye': T.eye(3), 'dimshuffle': x.dimshuffle(0, 'x'),
        'uniform': srng.uniform((2, 2)), 'binomial': srng.binomial((3,), p=0.5), 'mrg': mrg.uniform((2, 2)),
        'mrg_bin': mrg.binomial((4,), p=0.5), 'normal_like': srng.normal(m.shape),
        'W': W, 'WT': W.T, 'dot': T.dot(m, W), 'sum': m.sum(axis=0), 'max': T.max(m, axis=1),
        'argmax': T.argmax(m, axis=1), 'softmax': T.nnet.softmax(m), 'concat': T.concatenate([x, x]),
        'stack': T.stack([x, x]), 'sort': T.sort(x), 'cast': T.cast(x, 'int32'), 'x': x, 'const': T.constant(np.ones(2)),
        'ident': x + 0, 'mean': m.mean(), 'set': T.set_subtensor(x[0], 5.0), 'inc_adv': T.inc_subtensor(x[[0, 0]], 1.0),
        'take': x[[2, 0]], 'switch': T.switch(T.gt(x, 1), x, 0), 'grad_dot': T.grad(T.sum(T.dot(m, W)), W),
        'outer': T.outer(x, x), 'diag': T.diag(x), 'cumsum': T.cumsum(x), 'join': T.join(1, m, m)}
vals = {x: np.arange(3.0), m: np.arange(6.0).reshape(2, 3)}
for mode in ['FAST_RUN', 'FAST_COMPILE']:
    for k, o in sorted(outs.items()):
        ins = [v for v in (x, m) if v in theano.gof.graph.inputs([o])]
        f = theano.function(ins, o, mode=mode)
        r = f(*[vals[v] for v in ins])
        r2 = f(*[vals[v] for v in ins])
        r = np.asarray(r)
        try:
            r[(0,) * r.ndim] = 9
            ok = 'writable'
        except Exception as e:
            ok = type(e).__name__ + ' ' + str(e)
        print(mode, k, type(r).__name__, r.dtype, r.strides, r.flags.writeable, r.flags.owndata, r.flags.c_contiguous, ok,
              'same-object' if r is r2 else 'new', np.shares_memory(r, vals[x]) or np.shares_memory(r, vals[m]))
print(vals[x], vals[m].tolist(), W.get_value().tolist())
