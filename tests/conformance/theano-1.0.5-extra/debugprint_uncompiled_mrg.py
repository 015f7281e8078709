# Covers: debugprint of uncompiled MRG_RandomStreams uniform/normal/binomial variables (graph before rewrites) with print_type and depth=3.
import numpy as np
import theano
import theano.tensor as T
from theano.sandbox.rng_mrg import MRG_RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = MRG_RandomStreams(seed=5)
u = srng.uniform((2, 3), low=1.0, high=2.0)
b = srng.binomial((4,), p=0.5)
print("--- uniform")
theano.printing.debugprint(u)
print("--- binomial print_type")
theano.printing.debugprint(b, print_type=True)
print("--- normal depth=3")
theano.printing.debugprint(srng.normal((3,)), depth=3)
