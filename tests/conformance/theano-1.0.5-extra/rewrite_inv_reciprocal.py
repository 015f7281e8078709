# Covers: T.inv(u), 1 / u and 1.0 / (1 + u) on uniform draws, 2 / u; which become Inv / true_div nodes and the fused forms.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=414)
u = srng.uniform((3,), low=1.0, high=2.0)
f = theano.function([], [T.inv(u), 1 / u, 1.0 / (1 + u), 2 / u], name='f')
theano.printing.debugprint(f)
for name, r in zip(["inv", "one_div", "one_div_1pu", "two_div"], f()):
    show(name, r)
