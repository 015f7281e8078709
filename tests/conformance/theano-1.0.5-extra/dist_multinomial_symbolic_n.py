# Covers: multinomial with a symbolic n scalar and size (2,), with a vector n ([5, 10]) broadcast against one pvals vector, and dtype='float64' counts.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=47)
k = T.lscalar('k')
m = srng.multinomial((2,), n=k, pvals=[0.2, 0.3, 0.5])
m2 = srng.multinomial((2,), n=[5, 10], pvals=[0.5, 0.5])
m3 = srng.multinomial((3,), n=4, pvals=[0.1, 0.9], dtype='float64')
f = theano.function([k], [m, m2, m3])
theano.printing.debugprint(f, print_type=True)
for kk in [7, 0]:
    for name, v in zip(["m", "m2", "m3"], f(kk)):
        show("%s_%d" % (name, kk), v)
