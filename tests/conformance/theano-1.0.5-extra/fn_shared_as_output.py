# Covers: a shared variable returned directly as an output alongside updates: the returned value is the pre-update value (a copy), later calls and get_value; a shared rng-driven vector and a function returning only the shared.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=41)
v = theano.shared(np.array([1.0, 2.0]), name='v')
n = srng.normal((2,))
f = theano.function([], [v, n], updates=[(v, v + n)], name='f')
out_v, out_n = f()
show("v_out", out_v)
show("n_out", out_n)
show("v_now", v.get_value())
out_v2, _ = f()
show("v_out2", out_v2)
print("first output untouched", bool(np.all(out_v == np.array([1.0, 2.0]))))
only = theano.function([], v, name='only')
r1 = only()
r1[0] = 100.0
show("v_after_mutating_output", v.get_value())
show("only", only())
theano.printing.debugprint(f)
theano.printing.debugprint(only)
