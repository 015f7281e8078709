# Covers: theano.tensor.extra_ops.searchsorted (side 'left' and 'right', a matrix of values, a sorter, the tensor method x.searchsorted, constant inputs through .eval()) and its zero gradients; T.permute_row_elements (one permutation for every row, one per row, a vector permuted by a matrix of permutations, inverse=True) and T.inverse_permutation (ARange of perm.shape[-1]); the gradient of a permuted matrix (PermuteRowElements.grad reads its inverse flag eq(inverse, 0) as true); debugprints before and after compiling; the errors of a bad side, a matrix to search in and a float sorter.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor import extra_ops


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


s = T.dvector('s')
v = T.dvector('v')
x = T.dmatrix('x')
srt = T.lvector('srt')
left = extra_ops.searchsorted(s, v)
right = T.extra_ops.searchsorted(s, x, side='right')
sorted_by = extra_ops.searchsorted(s, v, sorter=srt)
method = s.searchsorted(2.5)
print(left.type, right.type, sorted_by.type, method.type, method)
theano.printing.debugprint([left, right, sorted_by, method])
f = theano.function([s, v, x, srt], [left, right, sorted_by, method])
theano.printing.debugprint(f)
sv = np.array([1.0, 2.0, 2.0, 4.0, 5.0])
vv = np.array([-1.0, 2.0, 2.5, 9.0])
xv = np.array([[3.0, 3.5, 6.0], [0.0, 1.0, 2.0]])
for name, r in zip(['left', 'right', 'sorter', 'method'], f(sv[::-1].copy(), vv, xv, np.array([4, 3, 2, 1, 0]))):
    show(name, r)
for name, r in zip(['left', 'right', 'sorter', 'method'], f(sv, vv, xv, np.arange(5))):
    show(name, r)
show('eval', extra_ops.searchsorted([1, 2, 3, 4, 5], [-10, 10, 2, 3]).eval())
show('eval_right', extra_ops.searchsorted([1, 2, 3, 4, 5], 3, side='right').eval())
g = T.grad(T.cast(left, 'float64').sum() + (s * v[0]).sum(), [s, v])
show('grad_s', g[0].eval({s: sv, v: vv}))
show('grad_v', g[1].eval({s: sv, v: vv}))

p = T.lvector('p')
P = T.lmatrix('P')
rows = T.permute_row_elements(x, p)
per_row = T.permute_row_elements(x, P)
spread = T.permute_row_elements(v[:3], P, inverse=True)
inv = T.inverse_permutation(p)
inv_rows = T.inverse_permutation(P)
print(rows.type, per_row.type, spread.type, inv.type, inv_rows.type)
theano.printing.debugprint([rows, spread, inv])
h = theano.function([x, p, P, v], [rows, per_row, spread, inv, inv_rows])
theano.printing.debugprint(h)
pv = np.array([2, 0, 1])
Pv = np.array([[1, 2, 0], [0, 2, 1]])
for name, r in zip(['rows', 'per_row', 'spread', 'inv', 'inv_rows'], h(xv, pv, Pv, vv)):
    show(name, r)
gx = T.grad((rows * x).sum(), x)
theano.printing.debugprint(gx)
k = theano.function([x, p], [gx, T.grad((T.permute_row_elements(x, p, inverse=True) * x).sum(), x)])
theano.printing.debugprint(k)
for name, r in zip(['grad_rows', 'grad_inverse'], k(xv, pv)):
    show(name, r)

for build in [lambda: extra_ops.searchsorted(s, v, side='middle'),
              lambda: extra_ops.searchsorted(x, v),
              lambda: extra_ops.searchsorted(s, v, sorter=v)]:
    try:
        build()
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])
