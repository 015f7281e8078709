# Covers: elementwise and shape functions of theano.tensor that model code reaches for: T.log2, T.log10, T.exp2, T.tan, T.sinh, T.cosh, T.arcsin, T.arctan, T.power, T.trunc, T.isnan and T.isinf (NaN guards), T.any / T.all over axes, T.largest / T.smallest, T.where, T.floor_div, T.flatten(x, 2), T.squeeze of a broadcastable axis, T.shape_padleft / shape_padright / shape_padaxis, their dtypes, and a NaN-guarded update T.switch(T.isnan(g), 0, g).
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dvector('x')
xv = np.array([0.25, 0.5, 1.0, 2.0])
fns = [("log2", T.log2), ("log10", T.log10), ("exp2", T.exp2), ("tan", T.tan), ("sinh", T.sinh),
       ("cosh", T.cosh), ("arcsin", lambda a: T.arcsin(a / 2)), ("arctan", T.arctan),
       ("power", lambda a: T.power(a, 3)), ("trunc", lambda a: T.trunc(a * 3.7 - 4))]
f = theano.function([x], [fn(x) for _, fn in fns])
for (name, _), r in zip(fns, f(xv)):
    show(name, r)
    g = theano.function([x], T.grad(T.sum([fn for n, fn in fns if n == name][0](x)), x))
    show("  grad", g(xv))
y = T.dvector('y')
checks = theano.function([y], [T.isnan(y), T.isinf(y), T.any(T.isnan(y)), T.all(y > 0)])
for r in checks(np.array([1.0, np.nan, np.inf, -2.0])):
    show("check", r)
m = T.dmatrix('m')
mv = np.array([[1.0, -2.0, 0.0], [3.0, 0.5, -1.0]])
red = theano.function([m], [T.any(m > 2, axis=0), T.all(m > -1.5, axis=1), T.largest(m, 0.5), T.smallest(m, 0.5),
                            T.where(m > 0, m, -m), T.floor_div(m, 0.75)])
for r in red(mv):
    show("red", r)
t3 = T.dtensor3('t3')
t3v = np.arange(12.0).reshape(2, 3, 2)
r = T.drow('r')
shp = theano.function([t3, r, x], [T.flatten(t3, 2), T.squeeze(r), T.shape_padleft(x), T.shape_padright(x),
                                   T.shape_padaxis(x, 1), T.flatten(t3)])
for out in shp(t3v, np.array([[1.0, 2.0]]), xv):
    show("shape", out)
g = T.dvector('g')
w = theano.shared(np.array([1.0, 1.0, 1.0]), name='w')
safe = theano.function([g], w, updates=[(w, w - 0.1 * T.switch(T.isnan(g), 0, g))])
show("safe", safe(np.array([1.0, np.nan, -1.0])))
