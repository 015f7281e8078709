# Covers: gradients through the shape-moving ops a model uses: T.stack of scalars and of vectors (axis 0 and 1), T.concatenate along both axes, T.roll by a constant and by a symbolic shift, flatten(2) and flatten(), reshape with a symbolic shape, dimshuffle/transpose, T.tile, a slice of a concatenation; each weighted by a fixed random matrix so the gradients differ, with debugprint of one compiled gradient.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


rng = np.random.RandomState(3)
a = T.dvector('a')
b = T.dvector('b')
m = T.dmatrix('m')
s = T.dscalar('s')
k = T.lscalar('k')
av = np.array([1.0, -2.0, 3.0])
bv = np.array([0.5, 0.25, -1.0])
mv = rng.randn(2, 3)
wts = {
    'stack_scalars': T.stack([s, s * 2, s ** 2]),
    'stack_rows': T.stack([a, b]),
    'stack_cols': T.stack([a, b], axis=1),
    'concat0': T.concatenate([a, b, a]),
    'concat_m1': T.concatenate([m, m * 2], axis=1),
    'concat_m0': T.concatenate([m, a.dimshuffle('x', 0)], axis=0),
    'roll': T.roll(a, 1),
    'roll_sym': T.roll(m, k, axis=1),
    'flatten2': m.dimshuffle(0, 'x', 1).flatten(2),
    'flatten': m.flatten(),
    'reshape': m.reshape((m.shape[1], m.shape[0])),
    'transpose': m.T,
    'tile': T.tile(a, (2,)),
    'slice_concat': T.concatenate([a, b])[1:4],
}
for name in sorted(wts):
    out = wts[name]
    sh = T.cast(out.shape, 'int64')
    weights = T.arange(1, T.prod(sh) + 1, dtype='float64').reshape(sh, ndim=out.ndim)
    cost = (T.sin(out) * weights).sum()
    wrt = [v for v in (s, a, b, m) if v in theano.gof.graph.inputs([cost])]
    g = theano.function([s, a, b, m, k], T.grad(cost, wrt), on_unused_input='ignore')
    for v in g(1.5, av, bv, mv, 2):
        show(name, v)
g = theano.function([a, b], T.grad(T.stack([a, b], axis=1)[:, 1].sum() * 3, a))
theano.printing.debugprint(g)
