# Covers: T.arctan2 (its output dtypes for float32, int8 and int64 inputs, values, T.grad, the compiled debugprint, float32 and int8 inputs in a fused graph) and theano.printing.pp of the elementwise functions Theano prints by their names (arccos ... tri_gamma, arctan2(y, x)), of a gradient and of a compiled output; gradients of other op families (softplus, log1p(exp), cumsum, prod, max, sort, outer, norm, erf, power, var, std, concatenate) beside arctan2's.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x'); y = T.dmatrix('y'); v = T.fvector('v'); i = T.bvector('i')
z = T.arctan2(y, x)
print(z.type, T.arctan2(v, v).type, T.arctan2(i, i).type, T.arctan2(i, T.lvector()).type, T.arctan2(y, 2).type)
g = T.grad(T.sum(z ** 2), [y, x])
theano.printing.debugprint(g)
f = theano.function([x, y], [z] + g)
rs = np.random.RandomState(0)
X = rs.randn(3, 4); Y = rs.randn(3, 4)
for r in f(X, Y):
    show("r", r)
theano.printing.debugprint(f)
h = theano.function([v, i], [T.arctan2(v, v * 2 + 1), T.arctan2(i, i + 1)])
for r in h(np.array([1, 2, -3], dtype='float32'), np.array([1, -2, 3], dtype='int8')):
    show("h", r)

a = T.dvector('a'); b = T.dvector('b')
for e in [T.arccos(a), T.arccosh(a), T.arcsin(a), T.arcsinh(a), T.arctan(a), T.arctan2(a, b), T.arctanh(a),
          T.cosh(a), T.sinh(a), T.tan(a), T.exp2(a), T.log2(a), T.log10(a), T.isinf(a), T.isnan(a), T.trunc(a),
          T.erf(a), T.erfc(a), T.erfinv(a), T.erfcinv(a), T.gamma(a), T.gammaln(a), T.psi(a), T.tri_gamma(a),
          T.nnet.softsign(a)]:
    print(theano.printing.pp(e))
print(theano.printing.pp(T.grad(T.sum(T.arctan2(a, b) + T.tan(a) * T.erf(b)), [a, b])[0]))
k = theano.function([a, b], T.tan(a) + T.arcsinh(b))
print(theano.printing.pp(k.maker.fgraph.outputs[0]))

m = T.dmatrix('m'); w = T.dvector('w')
exprs = {
    'arctan2': T.arctan2(m, m + 2).sum(),
    'softplus': T.nnet.softplus(m).sum(),
    'log1p_exp': T.log1p(T.exp(m)).sum(),
    'cumsum': T.cumsum(m, axis=0).sum() * 2,
    'prod': T.prod(m, axis=1).sum(),
    'max': T.max(m, axis=0).sum(),
    'sort': T.sort(w)[0] * 3,
    'outer': T.outer(w, w).sum(),
    'norm': T.sqrt(T.sum(m ** 2)),
    'erf': T.erf(m).sum(),
    'power3': (m ** 3).mean(),
    'var': T.var(m),
    'std': T.std(m, axis=0).sum(),
    'concat': T.concatenate([m, m * 2], axis=1).max(),
}
M = np.array([[0.5, -1.0, 2.0], [1.5, 0.3, -0.2]])
W = np.array([0.3, -0.1, 0.7])
for name in sorted(exprs):
    wrt = w if name in ('sort', 'outer') else m
    show(name, theano.function([wrt], T.grad(exprs[name], wrt))(W if wrt is w else M))
