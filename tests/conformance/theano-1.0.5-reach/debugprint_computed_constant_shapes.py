# Covers: values get_scalar_constant_value computes from constants, in compiled graphs: a reshape to (2 - 1, -1), to (int64(2) // 2, 3 * 1) and to stack([2 - 1, n]) gets a broadcastable axis (Reshape.make_node) and becomes a DimShuffle of a Reshape (local_reshape_to_dimshuffle); an MRG draw of size (2 - 1, 3) is broadcastable on its first axis; x + switch(2 < 3, 0, 1), x * (2 - 2), comparisons and min/max/mod of constants; a cost floor-divided by an integer (T.sum(dot(x, W) ** 2) // 2) whose zero gradient drops out of an update; debugprint of each compiled function and its values.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, np.round(v, 12).tolist())


x = T.dmatrix('x')
n = T.lscalar('n')
W = theano.shared(np.array([[0.5, -1.0], [1.5, 2.0], [-0.25, 0.75]]), name='W')
xv = np.array([[1.0, -2.0, 0.5], [-0.5, 1.5, -1.0]])
two = T.constant(2)
srng = MRG_RandomStreams(7)
u = srng.uniform(size=(two - 1, 3))
print("draw broadcastable", u.broadcastable)
reshaped = [x.reshape((two - 1, -1)), x.reshape((T.cast(two, 'int64') // 2, 3 * 1, -1)),
            x.reshape(T.stack([two - 1, n]))]
print("reshape broadcastable", [r.broadcastable for r in reshaped])
cases = [
    ("reshape_computed", [x, n], reshaped),
    ("mrg_computed_size", [x], [u * x[0]]),
    ("switch_of_comparison", [x], [x + T.switch(T.lt(two, 3), 0.0, 1.0), x * (two - 2)]),
    ("min_max_mod", [x], [x * T.minimum(T.maximum(two, 0), 5) % 2 + T.ge(two, 2) * T.neq(two, 3)]),
    ("intdiv_cost_update", [x], [W - 0.1 * T.grad(T.sum(T.dot(x, W) ** 2) // 2, W)]),
]
args = {x: xv, n: 6}
for name, ins, outs in cases:
    f = theano.function(ins, outs, name=name)
    print(name)
    theano.printing.debugprint(f)
    for k, v in enumerate(f(*[args[i] for i in ins])):
        show("out%d" % k, v)
