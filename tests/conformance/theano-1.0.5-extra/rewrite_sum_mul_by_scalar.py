# Covers: sums/means/prods of a draw multiplied by a scalar: T.sum(u * s) with a symbolic scalar s, T.sum(s * u, axis=0), T.mean(u * s), T.sum(u * 3.0), T.sum(n * s + u) and T.prod(u * s); where the scalar is pulled out of the reduction in the compiled graph.
import numpy as np
import theano
import theano.tensor as T
from theano import function
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=1234)
s = T.dscalar('s')
u = srng.uniform((2, 3))
n = srng.normal((2, 3))
outs = [("sum_us", T.sum(u * s)), ("sum_su_ax0", T.sum(s * u, axis=0)), ("mean_us", T.mean(u * s)),
        ("sum_u3", T.sum(u * 3.0)), ("sum_ns_u", T.sum(n * s + u)), ("prod_us", T.prod(u * s))]
f = function([s], [o for _, o in outs], name='f')
for (name, _), v in zip(outs, f(2.0)):
    show(name, v)
print("--- f")
theano.printing.debugprint(f)
