# Covers: reductions of a tensor filled with one constant, as code counts or weights examples: T.ones_like(y).sum() as a batch size, T.mean(T.ones_like(x)), T.sum(T.zeros_like(v) + 3), T.sum(T.ones_like(x), axis=0) and axis=1, a float32 count T.ones_like(xf).sum(), T.prod(2 * T.ones_like(v)), and a loss normalised by the count of its targets; the compiled graph multiplies the constant by the sizes instead of summing an Alloc (Theano's local_opt_alloc: sum(alloc(c, n, m)) -> c * (n * m), prod -> c ** (n * m), a partial sum an Alloc of the rest); debugprint of each compiled function and its values.
import numpy as np
import theano
import theano.tensor as T


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


x = T.dmatrix('x')
xf = T.fmatrix('xf')
v = T.dvector('v')
y = T.ivector('y')
w = theano.shared(np.array([0.5, -0.25, 1.0]), name='w')
cases = [("count_labels", [y], T.ones_like(y).sum()),
         ("mean_ones", [x], T.mean(T.ones_like(x))),
         ("sum_threes", [v], T.sum(T.zeros_like(v) + 3)),
         ("sum_ones_axis0", [x], T.sum(T.ones_like(x), axis=0)),
         ("sum_ones_axis1", [x], T.sum(T.ones_like(x), axis=1)),
         ("count_float32", [xf], T.ones_like(xf).sum()),
         ("prod_twos", [v], T.prod(2 * T.ones_like(v))),
         ("normalised_loss", [x, v], T.sum(T.sqr(T.dot(x, w) - v)) / T.ones_like(v).sum())]
args = {x: np.arange(6.0).reshape(2, 3), xf: np.ones((2, 2), dtype='float32'), v: np.array([1.0, 2.0]),
        y: np.array([0, 1, 1], dtype='int32')}
for name, ins, out in cases:
    f = theano.function(ins, out, name=name)
    print(name)
    theano.printing.debugprint(f)
    show("value", f(*[args[i] for i in ins]))
