# Covers: log/sqrt/abs chains on draws: T.log(abs(n) + 1), T.sqrt(abs(n)), T.log(T.sqrt(u)), abs(n) ** 0.5 and T.exp(T.log(u) * 2) on (2, 3) normal and uniform draws.
import numpy as np
import theano
import theano.tensor as T
from theano.tensor.shared_randomstreams import RandomStreams


def show(name, v):
    v = np.asarray(v)
    print(name, v.dtype, v.shape, v.tolist())


srng = RandomStreams(seed=114)
n = srng.normal((2, 3))
u = srng.uniform((2, 3), low=0.5, high=2.0)
outs = [T.log(abs(n) + 1), T.sqrt(abs(n)), T.log(T.sqrt(u)), abs(n) ** 0.5, T.exp(T.log(u) * 2)]
f = theano.function([], outs)
theano.printing.debugprint(f)
for name, v in zip(["log1abs", "sqrtabs", "logsqrt", "pow05", "explog2"], f()):
    show(name, np.round(v, 12))
